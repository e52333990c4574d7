package io.github.casefile;

import io.github.casefile.model.Article;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What one input of a batch gave: an article, the record of why it gave none ({@link Failure}), or,
 * for an archive record that holds no article, the record of why it was skipped ({@link Skip}).
 * Exactly one of {@link #article()}, {@link #failure()} and {@link #skip()} is present.
 */
public final class ParseOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final Article article;
  private final Failure failure;
  private final Skip skip;

  private ParseOutcome(String input, Article article, Failure failure, Skip skip) {
    this.input = input;
    this.article = article;
    this.failure = failure;
    this.skip = skip;
  }

  /**
   * Return the outcome of an input that gave an article.
   *
   * @param input the input's name
   * @param article the article
   * @return the outcome
   */
  public static ParseOutcome of(String input, Article article) {
    return new ParseOutcome(Objects.requireNonNull(input), Objects.requireNonNull(article), null,
        null);
  }

  /**
   * Return the outcome of an input that gave no article.
   *
   * @param failure the failure record
   * @return the outcome
   */
  public static ParseOutcome of(Failure failure) {
    return new ParseOutcome(failure.input(), null, failure, null);
  }

  /**
   * Return the outcome of an archive entry that holds no article.
   *
   * @param skip the skip record
   * @return the outcome
   */
  public static ParseOutcome of(Skip skip) {
    return new ParseOutcome(skip.input(), null, null, skip);
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
   * Return the skip record, if the input was an archive entry that holds no article.
   *
   * @return the skip, or empty
   */
  public Optional<Skip> skip() {
    return Optional.ofNullable(skip);
  }

  /**
   * Tell whether the input was skipped because it holds no article.
   *
   * @return true for a skip
   */
  public boolean isSkipped() {
    return skip != null;
  }

  /**
   * Tell whether the input failed.
   *
   * @return true for a failure
   */
  public boolean isFailure() {
    return failure != null;
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
    if (isArticle()) {
      return input + " -> " + article.id();
    }
    return isSkipped() ? input + " skipped: " + skip.reason() : input + " -> " + failure.reason();
  }
}
