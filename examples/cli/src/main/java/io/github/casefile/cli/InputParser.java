package io.github.casefile.cli;

import io.github.casefile.Casefile;
import io.github.casefile.Failure;
import io.github.casefile.LimitExceededException;
import io.github.casefile.MalformedInputException;
import io.github.casefile.ParseOutcome;
import io.github.casefile.SourceHint;
import io.github.casefile.internal.PathWalker;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Parses one input into its outcomes; never throws for bad content or I/O. Thread-safe: the
 * pipeline calls it from every worker.
 */
final class InputParser implements Function<Input, InputParser.Parsed> {
  private final Casefile casefile;
  private final SourceHint hint;
  private final InputStream stdin;
  private final boolean debug;

  /**
   * Create a parser.
   *
   * @param casefile the facade
   * @param hint the hint every input gets (the format, when one is forced); the input's name is
   *     added to it
   * @param stdin read when the input is {@code -}
   * @param debug keep the exception behind a failure, for its stack trace
   */
  InputParser(Casefile casefile, SourceHint hint, InputStream stdin, boolean debug) {
    this.casefile = casefile;
    this.hint = hint;
    this.stdin = stdin;
    this.debug = debug;
  }

  @Override
  public Parsed apply(Input input) {
    if (input.isStdin()) {
      return parseStdin(input);
    }
    SourceHint named = SourceHint.builder().from(hint).uri(input.name()).build();
    List<ParseOutcome> outcomes = casefile.outcomesOf(input.path(), named);
    Throwable cause = null;
    if (debug && !outcomes.get(0).isArticle()) {
      // Failure records keep the exception's name only; under --debug the input is parsed again
      // (parsing is deterministic) to get the exception itself for its stack trace.
      cause = causeOf(() -> casefile.parseEach(PathWalker.readBounded(input.path(),
          casefile.limits()), named));
    }
    return new Parsed(input, outcomes, cause);
  }

  private Parsed parseStdin(Input input) {
    long max = casefile.limits().maxInputBytes();
    byte[] bytes;
    try {
      bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      return rejected(input, new MalformedInputException(input.name(),
          "cannot be read: " + e, e));
    }
    if (bytes.length > max) {
      return rejected(input, new LimitExceededException(input.name(), "maxInputBytes", max,
          "standard input has more than " + max + " bytes"));
    }
    // Standard input has no name, so source.uri stays null; messages call it "-".
    List<ParseOutcome> outcomes = casefile.outcomesOf(bytes, hint);
    Throwable cause = debug && !outcomes.get(0).isArticle()
        ? causeOf(() -> casefile.parseEach(bytes, hint))
        : null;
    return new Parsed(input, outcomes, cause);
  }

  private Parsed rejected(Input input, io.github.casefile.CasefileException e) {
    return new Parsed(input, List.of(ParseOutcome.of(Failure.of(input.name(), null, e))), e);
  }

  private static Throwable causeOf(Attempt attempt) {
    try {
      attempt.run();
      return null;
    } catch (IOException | RuntimeException e) {
      return e;
    }
  }

  /** A parse that may throw, run again only to catch what it throws. */
  @FunctionalInterface
  private interface Attempt {
    void run() throws IOException;
  }

  /**
   * What one input gave.
   *
   * @param input the input
   * @param outcomes its articles, or one failure record
   * @param cause under {@code --debug}, the exception behind the failure; else null
   */
  record Parsed(Input input, List<ParseOutcome> outcomes, Throwable cause) {}
}
