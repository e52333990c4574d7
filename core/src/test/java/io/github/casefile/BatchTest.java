package io.github.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.spi.ArchiveEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
  private final Casefile casefile = Casefile.builder()
      .formats(List.of(new LineFormat("lines", 50)))
      .archiveFormats(List.of(new LineArchive()))
      .extract(false)
      .build();

  private static String describe(ParseOutcome o) {
    if (o.isArticle()) {
      return "article " + o.input() + " " + o.article().orElseThrow().paragraphs();
    }
    if (o.isSkipped()) {
      return "skip " + o.input() + " " + o.skip().orElseThrow().reason() + " "
          + o.skip().orElseThrow().format().orElse("-");
    }
    return "failure " + o.input() + " " + o.failure().orElseThrow().format().orElse("-") + " "
        + o.failure().orElseThrow().exception();
  }

  private static List<String> describeAll(Stream<ParseOutcome> outcomes) {
    try (outcomes) {
      return outcomes.map(BatchTest::describe).collect(Collectors.toList());
    }
  }

  @Test
  void archivesInADirectoryExpandIntoArticlesSkipsAndFailuresInOrder(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.txt"), "LINES\nfirst");
    Files.writeString(dir.resolve("b.arc"), "ARCHIVE\nR http://x/1 LINES|one\nS http://x/i.png image"
        + "\nF http://x/2 broken\nR http://x/3 not lines\n");
    Files.writeString(dir.resolve("c.txt"), "LINES\nlast");
    assertThat(describeAll(casefile.parseAll(List.of(dir)))).containsExactly(
        "article " + dir.resolve("a.txt") + " [first]",
        "article http://x/1 [one]",
        "skip http://x/i.png image lines-archive",
        "failure http://x/2 lines-archive MalformedInputException",
        "failure http://x/3 - UnsupportedFormatException",
        "article " + dir.resolve("c.txt") + " [last]");
  }

  @Test
  void twoThreadsGiveTheSameOutcomesInTheSameOrderAsOne(@TempDir Path dir) throws IOException {
    StringBuilder archive = new StringBuilder("ARCHIVE\n");
    for (int i = 0; i < 40; i++) {
      Files.writeString(dir.resolve(String.format("f%02d.txt", i)), "LINES\nfile " + i);
      archive.append(i % 3 == 0 ? "S u" + i + " redirect\n" : "R u" + i + " LINES|rec " + i + "\n");
    }
    Files.writeString(dir.resolve("z.arc"), archive);
    List<String> one = describeAll(casefile.parseAll(List.of(dir)));
    List<String> two = describeAll(casefile.parseAll(List.of(dir), 2));
    assertThat(one).hasSize(80);
    assertThat(two).isEqualTo(one);
  }

  @Test
  void anEndlessArchiveIsReadLazilyThroughTheIterator(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("forever.arc"), "ARCHIVE\nFOREVER\n");
    try (Stream<ParseOutcome> outcomes = casefile.parseAll(List.of(dir))) {
      Iterator<ParseOutcome> it = outcomes.iterator();
      for (int i = 0; i < 1000; i++) {
        assertThat(it.next().input()).isEqualTo("forever/" + i);
      }
    }
    try (Stream<ParseOutcome> outcomes = casefile.parseAll(List.of(dir), 2)) {
      assertThat(outcomes.limit(100).count()).isEqualTo(100);
    }
  }

  @Test
  void anArchiveFormatThatThrowsGivesOneFailureAndTheRunGoesOn(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.arc"), "ARCHIVE\nR u1 LINES|one\nBOOM\nR u2 LINES|two\n");
    Files.writeString(dir.resolve("b.txt"), "LINES\nafter");
    List<String> outcomes = describeAll(casefile.parseAll(List.of(dir)));
    assertThat(outcomes).containsExactly("article u1 [one]",
        "failure " + dir.resolve("a.arc") + " lines-archive MalformedInputException",
        "article " + dir.resolve("b.txt") + " [after]");
  }

  @Test
  void entriesInMemoryAreParsedAndArchiveBytesExpanded() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<ArchiveEntry> entries = Stream.of(
        ArchiveEntry.record("LINES\nmem".getBytes(StandardCharsets.UTF_8), SourceHint.named("m1")),
        ArchiveEntry.record("ARCHIVE\nR inner LINES|in\n".getBytes(StandardCharsets.UTF_8),
            SourceHint.named("m2.arc")),
        ArchiveEntry.skipped("m3", "robots.txt", "text/plain"),
        ArchiveEntry.failed("m4", new MalformedInputException("m4", "bad", null)))
        .onClose(() -> closed.set(true));
    assertThat(describeAll(casefile.parseAll(entries, 2))).containsExactly(
        "article m1 [mem]", "article inner [in]", "skip m3 robots.txt -",
        "failure m4 - MalformedInputException");
    assertThat(closed).isTrue();
  }

  @Test
  void oneStreamIsAnArchiveOrOneInput() {
    assertThat(describeAll(casefile.parseAll(new ByteArrayInputStream(
        "ARCHIVE\nR a LINES|x\nS b image\n".getBytes(StandardCharsets.UTF_8)),
        SourceHint.named("-")))).containsExactly("article a [x]", "skip b image lines-archive");
    assertThat(describeAll(casefile.parseAll(new ByteArrayInputStream(
        "LINES\nplain".getBytes(StandardCharsets.UTF_8)), SourceHint.named("-"))))
        .containsExactly("article - [plain]");
  }

  @Test
  void aStreamOverTheLimitIsOneFailure() {
    Casefile small = Casefile.builder().formats(List.of(new LineFormat("lines", 50)))
        .archiveFormats(List.of()).limits(Limits.builder().maxInputBytes(8).build()).build();
    assertThat(describeAll(small.parseAll(new ByteArrayInputStream(new byte[9]),
        SourceHint.named("big")))).containsExactly("failure big - LimitExceededException");
  }

  @Test
  void fewerThanOneThreadIsACallerMistake() {
    assertThatThrownBy(() -> casefile.parseAll(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
