package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RunStatusTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String err() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void countsInputsArticlesFailuresAndSkips() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.article("feed.xml");
    status.article("feed.xml");
    status.rejected("b.txt", "it is empty", "UnsupportedFormatException");
    status.skipped("image");
    status.article("https://example.org/a");

    assertThat(status.inputs()).as("a feed's articles are one input").isEqualTo(4);
    assertThat(status.articles()).isEqualTo(3);
    assertThat(status.failures()).isEqualTo(1);
    assertThat(status.skips()).isEqualTo(1);
  }

  @Test
  void aSkipBetweenArticlesOfTheSameNameSeparatesTwoInputs() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.article("https://example.org/a");
    status.skipped("request record");
    status.article("https://example.org/a");

    assertThat(status.inputs()).isEqualTo(3);
  }

  @Test
  void withoutATerminalWritesOnlyFailureLinesAndTheSummary() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.article("a.txt");
    status.rejected("b.txt", "it is empty", "UnsupportedFormatException");
    status.rejected("c.warc#record 2", "cut short", "MalformedInputException");
    status.skipped("image");
    status.skipped("request record");
    status.skipped("image");
    status.finish(true, 2_000_000);

    assertThat(err()).doesNotContain("\r")
        .startsWith("b.txt: it is empty\nc.warc#record 2: cut short\n")
        .containsPattern("\ncasefile: 6 inputs, 1 article, 2 failures \\(MalformedInputException: 1,"
            + " UnsupportedFormatException: 1\\), 3 skipped \\(image: 2, request record: 1\\) in"
            + " \\d+\\.\\d\\d s \\(\\d+\\.\\d articles/s, \\d+\\.\\d\\d MB/s\\)\n$");
  }

  @Test
  void onATerminalDrawsAProgressLineAndClearsItBeforeOtherLines() {
    RunStatus status = new RunStatus(err, true, System.nanoTime());

    status.article("a.txt");
    status.rejected("b.txt", "it is empty", "UnsupportedFormatException");
    status.finish(false, 0);

    assertThat(err()).matches("\r1 input done, 1 article, 0 failures, 0 skipped, \\d+\\.\\d"
        + " articles/s\u001b\\[K\r\u001b\\[Kb\\.txt: it is empty\n");
  }

  @Test
  void noSummaryWhenNotAsked() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.article("a.txt");
    status.finish(false, 0);

    assertThat(err()).isEmpty();
  }
}
