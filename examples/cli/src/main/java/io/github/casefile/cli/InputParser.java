package io.github.casefile.cli;

import io.github.casefile.Casefile;
import io.github.casefile.CasefileException;
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
   * @param hint the hint every input gets (the format, when one is forced); a file's name is
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
    byte[] bytes;
    try {
      bytes = input.isStdin() ? readStdin() : PathWalker.readBounded(input.path(),
          casefile.limits());
    } catch (CasefileException e) {
      return rejected(input, e);
    } catch (IOException e) {
      return rejected(input, new MalformedInputException(input.name(), "cannot be read: " + e, e));
    }
    // Standard input has no name, so its source.uri stays null; messages call it "-".
    SourceHint named = input.isStdin() ? hint
        : SourceHint.builder().from(hint).uri(input.name()).build();
    List<ParseOutcome> outcomes = casefile.outcomesOf(bytes, named);
    Throwable cause = null;
    if (debug && !outcomes.get(0).isArticle()) {
      // Failure records keep only the exception's name; under --debug the bytes are parsed again
      // (parsing is deterministic) to get the exception itself for its stack trace.
      cause = causeOf(bytes, named);
    }
    return new Parsed(input, outcomes, cause);
  }

  private byte[] readStdin() throws IOException {
    long max = casefile.limits().maxInputBytes();
    byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new LimitExceededException(Input.STDIN, "maxInputBytes", max,
          "standard input has more than " + max + " bytes");
    }
    return bytes;
  }

  private Parsed rejected(Input input, CasefileException e) {
    return new Parsed(input, List.of(ParseOutcome.of(Failure.of(input.name(), null, e))),
        debug ? e : null);
  }

  private Throwable causeOf(byte[] bytes, SourceHint named) {
    try {
      casefile.parseEach(bytes, named);
      return null;
    } catch (RuntimeException e) {
      return e;
    }
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
