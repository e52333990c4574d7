package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void agreesWithTheJavaCharacterClassesOnEveryUtf16Unit() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(Paragraphs.isWhitespace(c)).as("U+%04X", i)
          .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085');
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

  @Test
  void tellsANormalisedParagraphExactlyWhenNormalisingLeavesItUnchanged() {
    String[] pieces = {"a", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2009", "\u3000",
        "\u0001", "\u201c", "\ud83d\ude00", "\u00e9", "\u007f"};
    // every sequence of up to three pieces between two letters, and every part of it
    int n = pieces.length;
    for (int code = 0; code < (n + 1) * (n + 1) * (n + 1); code++) {
      StringBuilder text = new StringBuilder("x");
      for (int c = code; c > 0; c /= n + 1) {
        if (c % (n + 1) > 0) {
          text.append(pieces[c % (n + 1) - 1]);
        }
      }
      String t = text.append('y').toString();
      for (int start = 0; start <= t.length(); start++) {
        for (int end = start; end <= t.length(); end++) {
          String part = t.substring(start, end);
          boolean expected = !part.isEmpty() && Paragraphs.normalize(part).equals(part);
          if (Paragraphs.isNormalized(t, start, end) != expected
              || Paragraphs.isNormalized(part) != expected) {
            throw new AssertionError("'" + part + "' is normalised: " + expected);
          }
        }
      }
    }
  }

  @Test
  void refusesARangeOutsideTheText() {
    assertThatThrownBy(() -> Paragraphs.isNormalized("abc", 2, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Paragraphs.isNormalized("abc", 2, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
