package io.github.casefile.internal;

import io.github.casefile.Limits;
import io.github.casefile.model.Article;

/** Fills an assembled article's records from its text. Implementations are thread-safe. */
public interface ArticleExtractor {
  /** The extractor that extracts nothing, for {@code --no-extract}. */
  ArticleExtractor NONE = (article, limits, deadlineNanos) -> article;

  /**
   * Return the article with its actors, agencies, legal instruments and incidents filled in.
   *
   * @param article an article whose record lists are empty
   * @param limits the limits in force
   * @param deadlineNanos the document's deadline in {@link System#nanoTime()} units
   * @return the article with its records
   */
  Article extract(Article article, Limits limits, long deadlineNanos);
}
