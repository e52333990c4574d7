package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSinkTest {
  @TempDir
  Path dir;

  @Test
  void writesUtf8LinesToStandardOutputWithoutClosingIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1);

    try (LineSink sink = LineSink.stdout(out)) {
      sink.line("{\"name\":\"조선\"}");
    }
    out.println("still open");

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"조선\"}\nstill open\n");
  }

  @Test
  void writesLinesToAFile() throws IOException {
    Path file = dir.resolve("out.jsonl");

    try (LineSink sink = LineSink.file(file)) {
      sink.line("a");
      sink.line("b");
    }

    assertThat(Files.readAllLines(file)).containsExactly("a", "b");
  }

  @Test
  void aFileThatCannotBeCreatedNamesItself() {
    Path file = dir.resolve("missing/out.jsonl");

    assertThatThrownBy(() -> LineSink.file(file)).isInstanceOf(CliException.class)
        .hasMessageStartingWith("cannot write " + file + ": NoSuchFileException");
  }

  @Test
  void aClosedStandardOutputStopsTheRun() {
    PrintStream broken = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    });
    LineSink sink = LineSink.stdout(broken);
    sink.line("a");

    assertThatThrownBy(sink::close).isInstanceOf(CliException.class)
        .hasMessage("cannot write standard output");
  }
}
