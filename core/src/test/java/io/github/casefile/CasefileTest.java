package io.github.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.model.Article;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasefileTest {
  private final Casefile casefile = Casefile.builder()
      .formats(List.of(new LineFormat("lines", 50)))
      .extract(false)
      .build();

  @Test
  void parsesAStringAndNormalisesParagraphs() {
    Article article = casefile.parse("LINES\n  one\u00a0 two \n\n three", SourceHint.named("x"));
    assertThat(article.paragraphs()).containsExactly("one two", "three");
    assertThat(article.source().format()).isEqualTo("lines");
    assertThat(article.source().uri()).contains("x");
    assertThat(article.id()).matches("article:[0-9a-f]{16}");
  }

  @Test
  void theFirstOfSeveralArticlesCarriesAWarning() {
    Article article = casefile.parse("LINES\na\nSPLIT\nb", SourceHint.none());
    assertThat(article.paragraphs()).containsExactly("a");
    assertThat(article.warnings()).anyMatch(w -> w.contains("holds 2 articles"));
    assertThat(casefile.parseEach("LINES\na\nSPLIT\nb".getBytes(StandardCharsets.UTF_8),
        SourceHint.none())).hasSize(2);
  }

  @Test
  void unrecognisedInputIsAnUnsupportedFormatExceptionNamingTheInput() {
    assertThatThrownBy(() -> casefile.parse("hello", SourceHint.named("in.txt")))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageStartingWith("in.txt: no source format recognises it");
    assertThatThrownBy(() -> casefile.parse("", SourceHint.named("empty.txt")))
        .hasMessageContaining("it is empty");
  }

  @Test
  void anInputWithoutTextIsMalformed() {
    assertThatThrownBy(() -> casefile.parse("LINES\n \n", SourceHint.named("blank")))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("holds no article text");
  }

  @Test
  void aNamedFormatIsUsedWithoutDetection() {
    assertThatThrownBy(() -> casefile.parse("LINES\na", SourceHint.builder().format("nope")
        .build()))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("no source format named 'nope'");
  }

  @Test
  void aFormatThatThrowsSomethingElseBecomesMalformedInput() {
    SourceFormat broken = new LineFormat("broken", 90) {
      @Override
      public List<ArticleDraft> parse(SourceInput input) {
        throw new IllegalStateException("boom");
      }
    };
    Casefile withBroken = Casefile.builder().formats(List.of(broken)).extract(false).build();
    assertThatThrownBy(() -> withBroken.parse("LINES\na", SourceHint.named("b")))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("IllegalStateException (boom)");
  }

  @Test
  void aStreamLargerThanTheLimitIsRefused() {
    Casefile small = Casefile.builder().formats(List.of(new LineFormat("lines", 50)))
        .limits(Limits.builder().maxInputBytes(10).build()).build();
    assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(new byte[11]),
        SourceHint.named("big")))
        .isInstanceOf(LimitExceededException.class)
        .satisfies(e -> assertThat(((LimitExceededException) e).limit())
            .isEqualTo("maxInputBytes"));
  }

  @Test
  void paragraphsBeyondTheLimitAreDroppedWithAWarning() {
    Casefile few = Casefile.builder().formats(List.of(new LineFormat("lines", 50)))
        .limits(Limits.builder().maxParagraphs(2).build()).extract(false).build();
    Article article = few.parse("LINES\na\nb\nc", SourceHint.none());
    assertThat(article.paragraphs()).containsExactly("a", "b");
    assertThat(article.warnings()).anyMatch(w -> w.contains("maxParagraphs"));
  }

  @Test
  void parseAllYieldsAnOutcomeForEveryFileInSortedOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "LINES\ntwo");
    Files.writeString(dir.resolve("a.txt"), "not mine");
    Files.writeString(dir.resolve("c.txt"), "LINES\nx\nSPLIT\ny");
    List<ParseOutcome> outcomes;
    try (var stream = casefile.parseAll(List.of(dir))) {
      outcomes = stream.collect(Collectors.toList());
    }
    assertThat(outcomes).extracting(o -> dir.relativize(Path.of(o.input())).toString())
        .containsExactly("a.txt", "b/2.txt", "c.txt", "c.txt");
    assertThat(outcomes.get(0).failure()).hasValueSatisfying(f -> {
      assertThat(f.exception()).isEqualTo("UnsupportedFormatException");
      assertThat(f.format()).isEmpty();
    });
    assertThat(outcomes.subList(1, 4)).allMatch(ParseOutcome::isArticle);
  }

  @Test
  void theSameInputGivesTheSameIdOnEveryCall() {
    String id1 = casefile.parse("LINES\nsame", SourceHint.named("one/path")).id();
    String id2 = casefile.parse("LINES\nsame", SourceHint.named("other/path")).id();
    assertThat(id1).isEqualTo(id2);
  }
}
