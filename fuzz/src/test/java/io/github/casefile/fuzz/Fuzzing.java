package io.github.casefile.fuzz;

import io.github.casefile.Casefile;
import io.github.casefile.CasefileException;
import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;

/** What every fuzz target and regression asserts: only an article or a Casefile exception. */
final class Fuzzing {
  /** The default Casefile, shared: it is immutable and thread-safe. */
  static final Casefile CASEFILE = Casefile.defaults();

  private Fuzzing() {}

  /** Parse through a format and check that the outcome is one DESIGN allows. */
  static void check(Formats format, byte[] input) {
    try {
      Article article = format.parse(CASEFILE, input);
      if (article.paragraphs().isEmpty()) {
        throw new AssertionError("an article without paragraphs");
      }
      for (String p : article.paragraphs()) {
        if (!p.equals(Paragraphs.normalize(p)) || p.isEmpty()) {
          throw new AssertionError("a paragraph that is not normalised: " + p);
        }
      }
    } catch (CasefileException expected) {
      if (expected.getMessage() == null) {
        throw new AssertionError("a Casefile exception without a message", expected);
      }
    }
  }
}
