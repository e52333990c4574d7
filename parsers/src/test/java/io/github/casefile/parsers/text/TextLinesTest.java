package io.github.casefile.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
  // Every line end alone, paired and mixed, white space that does not end a line, a byte-order
  // mark, surrogates, and letters narrow and wide.
  private static final String[] PIECES = {"a", "bc d", " ", "\n", "\r", "\r\n", "\n\r", "\r\r",
      "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u00a0", "\ufeff", "\u201c",
      "\ud83d\ude00", "\ud83d", "\u00e9", "long line ".repeat(30)};

  @Test
  void linesAreCutAtEveryLineEndAsByAScanOfEachCharacter() {
    qt().withExamples(5000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 16))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(k -> text.append(PIECES[k]));
          String t = text.toString();
          List<int[]> expected = reference(t);
          TextLines lines = TextLines.of(t);
          List<int[]> actual = new ArrayList<>();
          for (int i = 0; lines.has(i); i++) {
            actual.add(new int[] {lines.start(i), lines.end(i)});
            assertThat(lines.line(i)).isEqualTo(t.substring(lines.start(i), lines.end(i)));
          }
          assertThat(actual).as("%s", picks).containsExactlyElementsOf(expected);
          assertThat(lines.start(actual.size())).isEqualTo(t.length());
        });
  }

  @Test
  void aTextEndingWithALineEndHasNoEmptyLastLine() {
    TextLines lines = TextLines.of("one\r\ntwo\r\n");
    assertThat(lines.has(1)).isTrue();
    assertThat(lines.has(2)).isFalse();
    assertThat(lines.line(1)).isEqualTo("two");
  }

  /** The lines' bounds as first found: CRLF, LF, a lone CR, U+2028 and U+2029 end a line. */
  private static List<int[]> reference(String text) {
    List<int[]> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        lines.add(new int[] {start, i});
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < n) {
      lines.add(new int[] {start, n});
    }
    return lines;
  }
}
