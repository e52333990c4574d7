package io.github.casefile.fuzz;

import io.github.casefile.CasefileException;
import java.util.function.Supplier;

/** Runs a parse and returns what came out: the article, or the {@link CasefileException}. */
final class Outcomes {
  private Outcomes() {}

  /**
   * Return the article, or the Casefile exception; let anything else (a raw exception or error
   * that escaped the outcome rule) propagate so the test fails with its stack trace.
   */
  static Object of(Supplier<?> parse) {
    try {
      return parse.get();
    } catch (CasefileException e) {
      return e;
    }
  }
}
