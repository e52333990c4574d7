package io.github.casefile;

import io.github.casefile.model.Article;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** What one input of a batch gave: an article, or the record of why it gave none. */
public final class ParseOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final Article article;
  private final Failure failure;

  private ParseOutcome(String input, Article article, Failure failure) {
    this.input = input;
    this.article = article;
    this.failure = failure;
  }

  /**
   * Return the outcome of an input that gave an article.
   *
   * @param input the input's name
   * @param article the article
   * @return the outcome
   */
  public static ParseOutcome of(String input, Article article) {
    return new ParseOutcome(Objects.requireNonNull(input), Objects.requireNonNull(article), null);
  }

  /**
   * Return the outcome of an input that gave no article.
   *
   * @param failure the failure record
   * @return the outcome
   */
  public static ParseOutcome of(Failure failure) {
    return new ParseOutcome(failure.input(), null, failure);
  }

  /**
   * Return the input's name.
   *
   * @return the name
   */
  public String input() {
    return input;
  }

  /**
   * Return the article, if the input gave one.
   *
   * @return the article, or empty
   */
  public Optional<Article> article() {
    return Optional.ofNullable(article);
  }

  /**
   * Return the failure record, if the input gave no article.
   *
   * @return the failure, or empty
   */
  public Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Tell whether the input gave an article.
   *
   * @return true for an article
   */
  public boolean isArticle() {
    return article != null;
  }

  @Override
  public String toString() {
    return isArticle() ? input + " -> " + article.id() : input + " -> " + failure.reason();
  }
}
