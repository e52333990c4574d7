package io.github.casefile.internal;

import io.github.casefile.internal.extract.ExtractionEngine;
import io.github.casefile.internal.extract.Knowledge;

/** Provides the extractor a default {@code Casefile} uses. */
public final class Extractors {
  private Extractors() {}

  /**
   * Return the default extractor: the rule-based engine over the shipped knowledge base.
   *
   * @return the extractor
   */
  public static ArticleExtractor defaultExtractor() {
    return new ExtractionEngine(Knowledge.defaults());
  }

  /**
   * Return the engine over a caller's knowledge base.
   *
   * @param knowledge the compiled knowledge base
   * @return the extractor
   */
  public static ArticleExtractor withKnowledge(Knowledge knowledge) {
    return new ExtractionEngine(knowledge);
  }
}
