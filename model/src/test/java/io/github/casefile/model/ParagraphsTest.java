package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {
  @Test
  void collapsesEveryKindOfWhiteSpaceAndStripsTheEnds() {
    assertThat(Paragraphs.normalize("\t a\u00a0\u00a0b\u001f\u2007c\u0085\u3000d \r\n"))
        .isEqualTo("a b c d");
  }

  @Test
  void returnsANormalisedParagraphUnchanged() {
    assertThat(Paragraphs.normalize("Seoul, 27 Oct. – “quoted” text.")).isEqualTo(
        "Seoul, 27 Oct. – “quoted” text.");
    assertThat(Paragraphs.normalize(new StringBuilder("a  b"))).isEqualTo("a b");
    assertThat(Paragraphs.normalize(" ")).isEmpty();
  }

  @Test
  void agreesWithTheJavaCharacterClassesOnEveryAsciiCharacter() {
    for (char c = 0; c < 128; c++) {
      assertThat(Paragraphs.isWhitespace(c)).as("U+%04X", (int) c)
          .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
  }

  @Test
  void tellsANormalisedParagraph() {
    assertThat(Paragraphs.isNormalized("a b")).isTrue();
    assertThat(Paragraphs.isNormalized("a  b")).isFalse();
    assertThat(Paragraphs.isNormalized("a\tb")).isFalse();
    assertThat(Paragraphs.isNormalized(" a")).isFalse();
    assertThat(Paragraphs.isNormalized("")).isFalse();
  }
}
