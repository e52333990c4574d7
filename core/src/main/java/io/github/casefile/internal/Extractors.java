package io.github.casefile.internal;

/** Provides the extractor a default {@code Casefile} uses. */
public final class Extractors {
  private Extractors() {}

  /**
   * Return the default extractor.
   *
   * @return the extractor
   */
  public static ArticleExtractor defaultExtractor() {
    return ArticleExtractor.NONE;
  }
}
