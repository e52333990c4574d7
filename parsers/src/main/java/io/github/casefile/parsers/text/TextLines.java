package io.github.casefile.parsers.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at CRLF, LF, a lone CR, and the Unicode line and paragraph separators. */
final class TextLines {
  private TextLines() {}

  /**
   * Split text into lines, without their ends.
   *
   * @param text the text
   * @return the lines; a text ending with a line end has no empty last line
   */
  static List<String> split(String text) {
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
    return lines;
  }
}
