package io.github.casefile;

import java.io.Serializable;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * Bounds on the work one input may cause. Every limit has a default chosen so that real news pages
 * never reach it; a caller changes them through {@link Casefile.Builder#limits(Limits)}.
 *
 * <p>What happens at a limit: input bytes, decoded characters, JSON nesting depth and archive
 * expansion beyond the limit raise {@link LimitExceededException}, as there is no trustworthy
 * article left; markup (HTML, feed XML) nested beyond the limit is flattened by the parser, which
 * keeps the text of deeper elements, with a warning on the article; paragraphs and entities beyond
 * their limit are dropped with a warning on the article, which keeps everything before them;
 * per-document time raises {@link LimitExceededException}. Every warning and exception names the
 * limit, as spelled here (such as {@code maxNestingDepth}).
 */
@Value.Immutable
public abstract class Limits implements Serializable {
  private static final long serialVersionUID = 1L;

  Limits() {}

  /**
   * Return the most bytes read from one input (one file, one archive record).
   *
   * @return default 32 MiB
   */
  @Value.Default
  public long maxInputBytes() {
    return 32L * 1024 * 1024;
  }

  /**
   * Return the most characters decoded from one input.
   *
   * @return default 32 Mi characters
   */
  @Value.Default
  public long maxChars() {
    return 32L * 1024 * 1024;
  }

  /**
   * Return the deepest element or JSON nesting a format walks.
   *
   * @return default 512
   */
  @Value.Default
  public int maxNestingDepth() {
    return 512;
  }

  /**
   * Return the most paragraphs an article keeps; later ones are dropped with a warning.
   *
   * @return default 10,000
   */
  @Value.Default
  public int maxParagraphs() {
    return 10_000;
  }

  /**
   * Return the most actors, agencies, instruments and incidents together that extraction keeps in
   * one article; later ones are dropped with a warning.
   *
   * @return default 2,000
   */
  @Value.Default
  public int maxEntities() {
    return 2_000;
  }

  /**
   * Return the most bytes an archive or gzip stream may inflate to, per input.
   *
   * @return default 1 GiB
   */
  @Value.Default
  public long maxInflatedBytes() {
    return 1024L * 1024 * 1024;
  }

  /**
   * Return how long one document may take; checked between and inside the stages of parsing and
   * extraction.
   *
   * @return default 10 seconds
   */
  @Value.Default
  public Duration maxTimePerDocument() {
    return Duration.ofSeconds(10);
  }

  /**
   * Return the default limits.
   *
   * @return the defaults documented on each method
   */
  public static Limits defaults() {
    return ImmutableLimits.builder().build();
  }

  /**
   * Start building limits from the defaults.
   *
   * @return a builder
   */
  public static ImmutableLimits.Builder builder() {
    return ImmutableLimits.builder();
  }

  @Value.Check
  void check() {
    if (maxInputBytes() <= 0 || maxChars() <= 0 || maxNestingDepth() <= 0 || maxParagraphs() <= 0
        || maxEntities() < 0 || maxInflatedBytes() <= 0
        || maxTimePerDocument().isNegative() || maxTimePerDocument().isZero()) {
      throw new IllegalArgumentException("every limit must be positive: " + this);
    }
  }
}
