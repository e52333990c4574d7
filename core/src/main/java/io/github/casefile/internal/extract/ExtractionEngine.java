package io.github.casefile.internal.extract;

import io.github.casefile.Limits;
import io.github.casefile.internal.ArticleExtractor;
import io.github.casefile.model.Article;
import java.util.Objects;

/**
 * Extracts agencies, actors, legal instruments and incidents from an article's text with a
 * knowledge base and rules: deterministic, offline and linear in the text. Thread-safe: every call
 * keeps its state on the stack.
 */
public final class ExtractionEngine implements ArticleExtractor {
  private final Knowledge knowledge;

  /**
   * Create an engine over a knowledge base.
   *
   * @param knowledge the compiled knowledge base
   * @throws NullPointerException if {@code knowledge} is null
   */
  public ExtractionEngine(Knowledge knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
  }

  @Override
  public Article extract(Article article, Limits limits, long deadlineNanos) {
    Work work = new Work(deadlineNanos, article.source().uri().orElse(null));
    return new DocumentExtraction(knowledge, article, limits, work).run();
  }
}
