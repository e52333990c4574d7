package io.github.casefile.internal.extract;

import io.github.casefile.LimitExceededException;

/**
 * Counts the steps one document's extraction takes (tokens visited, matcher steps) and checks the
 * document's deadline now and then. Tests read the count to show that work grows linearly with the
 * input; it is never shared between documents.
 */
final class Work {
  private static final int CHECK_EVERY = 1 << 14;

  private final long deadlineNanos;
  private final String name;
  private long steps;

  Work(long deadlineNanos, String name) {
    this.deadlineNanos = deadlineNanos;
    this.name = name;
  }

  /** Return a counter with no deadline, for tests and tools. */
  static Work unbounded() {
    return new Work(Long.MAX_VALUE, null);
  }

  void step() {
    if ((++steps & (CHECK_EVERY - 1)) == 0) {
      check();
    }
  }

  void add(int n) {
    long before = steps;
    steps += n;
    if ((before ^ steps) >= CHECK_EVERY) {
      check();
    }
  }

  long steps() {
    return steps;
  }

  private void check() {
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceededException(name, "maxTimePerDocument", 0,
          "extraction ran past the document's time limit");
    }
  }
}
