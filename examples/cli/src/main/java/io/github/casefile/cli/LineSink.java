package io.github.casefile.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes lines of UTF-8 to a file or to standard output, and turns any write error into a {@link
 * CliException} that names the destination, checked often enough that a closed pipe stops the run
 * early.
 */
final class LineSink implements AutoCloseable {
  /** How many lines go by between checks of standard output's error flag. */
  private static final int CHECK_EVERY = 64;

  private final Writer writer;
  private final PrintStream stdout;
  private final String destination;
  private int lines;

  private LineSink(Writer writer, PrintStream stdout, String destination) {
    this.writer = writer;
    this.stdout = stdout;
    this.destination = destination;
  }

  /** Open a sink on standard output, which it flushes but never closes. */
  static LineSink stdout(PrintStream out) {
    return new LineSink(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), out,
        "standard output");
  }

  /**
   * Create or truncate a file and open a sink on it.
   *
   * @throws CliException if the file cannot be created
   */
  static LineSink file(Path path) {
    try {
      return new LineSink(Files.newBufferedWriter(path, StandardCharsets.UTF_8), null,
          path.toString());
    } catch (IOException e) {
      throw new CliException("cannot write " + path + ": " + describe(e), e);
    }
  }

  /**
   * Write one line; the text must not end with a line break.
   *
   * @throws CliException if the destination cannot be written
   */
  void line(String text) {
    try {
      writer.write(text);
      writer.write('\n');
    } catch (IOException e) {
      throw failed(e);
    }
    if (++lines % CHECK_EVERY == 0) {
      flush();
    }
  }

  /**
   * Write out what is buffered.
   *
   * @throws CliException if the destination cannot be written
   */
  void flush() {
    try {
      writer.flush();
    } catch (IOException e) {
      throw failed(e);
    }
    // PrintStream swallows I/O errors (a closed pipe) and only sets a flag.
    if (stdout != null && stdout.checkError()) {
      throw new CliException("cannot write " + destination, null);
    }
  }

  /**
   * Flush, and close a file.
   *
   * @throws CliException if the destination cannot be written
   */
  @Override
  public void close() {
    flush();
    if (stdout == null) {
      try {
        writer.close();
      } catch (IOException e) {
        throw failed(e);
      }
    }
  }

  private CliException failed(IOException e) {
    return new CliException("cannot write " + destination + ": " + describe(e), e);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
