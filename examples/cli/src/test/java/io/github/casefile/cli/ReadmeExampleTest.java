package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeExampleTest {
  private static final Path README = Path.of("../../README.md");
  private static final Path EXAMPLE =
      Path.of("src/test/java/io/github/casefile/cli/ReadmeExample.java");

  @TempDir
  Path dir;

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    assertThat(readme).contains(snippet());
  }

  @Test
  void summarizeReadsAnArticleAndRoundTripsItsJson() throws IOException {
    Path file = Fixtures.note(dir, "one.note", "Police raid a safe house", "Eight were arrested.");

    List<String> lines = ReadmeExample.summarize(file);

    assertThat(lines).first().isEqualTo("Police raid a safe house");
    assertThat(lines).last().isEqualTo("round trip: true");
  }

  @Test
  void countArticlesCountsTheGoodFilesAndSkipsNone() throws IOException {
    Fixtures.note(dir, "a.note", "A", "One.");
    Fixtures.note(dir, "sub/b.note", "B", "Two.");
    Fixtures.broken(dir, "c.note");

    assertThat(ReadmeExample.countArticles(Casefile.defaults(), dir)).isEqualTo(2);
  }

  /** Return the lines between the markers, with the class's indentation removed. */
  private static String snippet() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
    int begin = lines.indexOf("  // README-BEGIN");
    int end = lines.indexOf("  // README-END");
    assertThat(begin).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    return lines.subList(begin + 1, end).stream()
        .map(line -> line.startsWith("  ") ? line.substring(2) : line)
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
