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
  void countsInputsArticlesAndFailures() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.inputDone(2);
    status.rejected("b.txt", "it is empty");
    status.inputDone(0);

    assertThat(status.inputs()).isEqualTo(2);
    assertThat(status.articles()).isEqualTo(2);
    assertThat(status.failures()).isEqualTo(1);
  }

  @Test
  void withoutATerminalWritesOnlyFailureLinesAndTheSummary() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.inputDone(1);
    status.rejected("b.txt", "it is empty");
    status.inputDone(0);
    status.finish(true);

    assertThat(err()).doesNotContain("\r").startsWith("b.txt: it is empty\n")
        .containsPattern("\ncasefile: 2 inputs, 1 article, 1 failure in \\d+\\.\\d\\d s\n$");
  }

  @Test
  void onATerminalDrawsAProgressLineAndClearsItBeforeOtherLines() {
    RunStatus status = new RunStatus(err, true, System.nanoTime());

    status.inputDone(1);
    status.rejected("b.txt", "it is empty");
    status.finish(false);

    assertThat(err()).isEqualTo("\r1 input, 1 article, 0 failures\u001b[K"
        + "\r\u001b[K" + "b.txt: it is empty\n");
  }

  @Test
  void noSummaryWhenNotAsked() {
    RunStatus status = new RunStatus(err, false, System.nanoTime());

    status.inputDone(1);
    status.finish(false);

    assertThat(err()).isEmpty();
  }
}
