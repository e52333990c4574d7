package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
    assertThatThrownBy(() -> Paragraphs.normalize("abc", 2, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Paragraphs.normalize("abc", 2, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Paragraphs.normalize("abc", -1, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  // Pieces of arbitrary text: every kind of white space and line end, doubled spaces, a byte-order
  // mark, controls, surrogates paired and not, letters narrow and wide, and runs long enough that
  // texts cross the chunks in which isNormalized copies characters out.
  private static final String[] PIECES = {"a", "bc", " ", "  ", "\t", "\n", "\r", "\r\n",
      "\n\n", "\ufeff", "\u00a0", "\u2028", "\u2029", "\u0085", "\u000b", "\u001c", "\u0001",
      "\u007f", "\u3000", "\u2007", "\u200b", "\u1680", "\u201c", "\u00e9", "\ud83d\ude00",
      "\ud83d", "\ude00", "x".repeat(255), "word ".repeat(60)};

  @Test
  void normalizeAgreesWithTheRuleAsFirstWrittenOnArbitraryTexts() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 24))
        .checkAssert(picks -> {
          String text = text(picks);
          String expected = reference(text);
          assertThat(Paragraphs.normalize(text)).as("%s", picks).isEqualTo(expected);
          assertThat(Paragraphs.normalize(new StringBuilder(text))).as("%s", picks)
              .isEqualTo(expected);
          assertThat(Paragraphs.isNormalized(text)).as("%s", picks)
              .isEqualTo(!text.isEmpty() && expected.equals(text));
        });
  }

  @Test
  void aPartOfATextIsNormalisedAsTheSameTextCutOut() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 24),
            integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((picks, a, b) -> {
          String text = text(picks);
          int start = Math.min(a, b) % (text.length() + 1);
          int end = start + (Math.max(a, b) - Math.min(a, b)) % (text.length() - start + 1);
          String part = text.substring(start, end);
          String expected = reference(part);
          assertThat(Paragraphs.normalize(text, start, end)).as("%s [%d, %d)", picks, start, end)
              .isEqualTo(expected);
          assertThat(Paragraphs.isNormalized(text, start, end))
              .as("%s [%d, %d)", picks, start, end)
              .isEqualTo(!part.isEmpty() && expected.equals(part));
        });
  }

  @Test
  void aNormalisedWholeTextIsReturnedItself() {
    String text = "word ".repeat(100) + "end";
    assertThat(Paragraphs.normalize(text)).isSameAs(text);
    assertThat(Paragraphs.normalize(text, 0, text.length())).isSameAs(text);
    assertThat(Paragraphs.normalize(text, 5, 9)).isEqualTo("word");
  }

  private static String text(java.util.List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    picks.forEach(k -> text.append(PIECES[k]));
    return text.toString();
  }

  /** The rule as first written, on the Java character classes: collapse, then strip. */
  private static String reference(String text) {
    StringBuilder out = new StringBuilder();
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
        pending = out.length() > 0;
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
