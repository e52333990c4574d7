package io.github.casefile.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.casefile.model.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBodyTest {
  // Pieces of text around which paragraphs and lines are cut: every line end, white space that is
  // and is not a line end, doubled spaces, NUL and other controls, letters narrow and wide.
  private static final String[] PIECES = {"a", "b c", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n",
      "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u00a0", "\u3000", "\u2007", "\u0001",
      "\u201c", "\ud83d\ude00", "\u00e9"};

  @Test
  void blocksAreTheLinesBetweenBlankLinesJoinedByASpaceAndNormalised() {
    qt().withExamples(5000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 14),
            integers().between(0, 3))
        .checkAssert((picks, from) -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(k -> text.append(PIECES[k]));
          String t = text.toString();
          assertThat(TextBody.blocks(TextLines.of(t), from)).as("%s from %d", picks, from)
              .isEqualTo(reference(t, from));
        });
  }

  @Test
  void aCleanLineIsKeptAsItIsAndOthersAreCollapsed() {
    String text = "Head\n\nOne clean line.\n \t\nTwo\r\nlines.\u2028\u2029Trailing \n\n"
        + "\u00a0Lead and  double\n";
    assertThat(TextBody.blocks(TextLines.of(text), 1))
        .containsExactly("One clean line.", "Two lines.", "Trailing", "Lead and double");
    assertThat(TextBody.blocks(TextLines.of(text), 0)).first().isEqualTo("Head");
    assertThat(TextBody.blocks(TextLines.of(text), 99)).isEmpty();
  }

  /** The rule as first written: split into lines, join a paragraph's lines, normalise. */
  private static List<String> reference(String text, int from) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int k = from; k <= lines.size(); k++) {
      if (k == lines.size() || Paragraphs.normalize(lines.get(k)).isEmpty()) {
        String paragraph = Paragraphs.normalize(current);
        if (!paragraph.isEmpty()) {
          paragraphs.add(paragraph);
        }
        current.setLength(0);
      } else {
        current.append(lines.get(k)).append(' ');
      }
    }
    return paragraphs;
  }
}
