package io.github.casefile.examples.spark;

import io.github.casefile.Casefile;

/**
 * One {@link Casefile} per executor JVM, built on first use. A {@code Casefile} is immutable and
 * thread-safe, so every task of the executor shares it; nothing is serialised from the driver.
 */
final class CasefileHolder {
  private CasefileHolder() {}

  /** The holder idiom: the JVM builds the instance once, on first access, without locks. */
  private static final class Lazy {
    static final Casefile INSTANCE = Casefile.defaults();
  }

  static Casefile get() {
    return Lazy.INSTANCE;
  }
}
