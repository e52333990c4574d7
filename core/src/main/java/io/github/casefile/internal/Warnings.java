package io.github.casefile.internal;

import io.github.casefile.model.Article;
import java.util.ArrayList;
import java.util.List;

/** Keeps an article's warnings within {@link Article#MAX_WARNINGS}. */
public final class Warnings {
  private Warnings() {}

  /**
   * Return at most {@link Article#MAX_WARNINGS} warnings; when there are more, the last one kept
   * says how many were left out.
   *
   * @param warnings the warnings
   * @return the capped list
   */
  public static List<String> cap(List<String> warnings) {
    if (warnings.size() <= Article.MAX_WARNINGS) {
      return warnings;
    }
    List<String> kept = new ArrayList<>(warnings.subList(0, Article.MAX_WARNINGS - 1));
    kept.add((warnings.size() - kept.size()) + " more warnings were left out.");
    return kept;
  }
}
