package io.github.casefile.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the command in this JVM with captured streams. */
final class CliRun {
  private CliRun() {}

  static Result run(String... args) {
    return withStdin("", args);
  }

  static Result withStdin(String stdin, String... args) {
    return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result withStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = CasefileCli.run(new ByteArrayInputStream(stdin),
          outStream, errStream, args);
    }
    return new Result(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** What a run left: its exit code and what it wrote. */
  record Result(int exit, String out, String err) {
    List<String> outLines() {
      return lines(out);
    }

    List<String> errLines() {
      return lines(err);
    }

    private static List<String> lines(String text) {
      return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
  }
}
