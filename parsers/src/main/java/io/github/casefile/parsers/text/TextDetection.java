package io.github.casefile.parsers.text;

import io.github.casefile.model.Paragraphs;
import io.github.casefile.spi.SourceInput;
import java.nio.ByteBuffer;

/**
 * Tells how sure the text format is that an input is plain text, from its head: never for empty,
 * binary or marked-up input (HTML, XML, JSON, front matter, WARC, PDF), surely for the seed's
 * layout, and barely for any other prose, so that more specific formats win.
 */
final class TextDetection {
  /** The score for a headline followed by a {@code AUTHORS | DATE} byline. */
  static final int SEED_LAYOUT = 80;
  /** The score for other readable text. */
  static final int PROSE = 10;

  private static final double MAX_CONTROL_SHARE = 0.01;
  private static final int LINES_TO_LOOK_AT = 3;

  private TextDetection() {}

  /**
   * Score an input.
   *
   * @param input the input
   * @return 0, {@value #PROSE} or {@value #SEED_LAYOUT}
   */
  static int score(SourceInput input) {
    // A view of the bytes, not input.head()'s 16 KB copy: detection runs on every input.
    ByteBuffer bytes = input.buffer();
    int headLength = Math.min(bytes.remaining(), SourceInput.HEAD_BYTES);
    if (headLength == 0 || isBinary(bytes, headLength)) {
      return 0;
    }
    String text = input.headText();
    int start = 0;
    while (start < text.length()
        && (text.charAt(start) == '\uFEFF' || Paragraphs.isWhitespace(text.charAt(start)))) {
      start++;
    }
    if (start == text.length()) {
      return 0;
    }
    if (!hasLetters(text, start)) {
      // symbols alone are no prose, unless under this format's own (empty) byline line, as the
      // renderer writes an article without headline or authors whose paragraphs are "&" or "42"
      return earlyByline(text, start) != null && text.strip().indexOf('\n') > 0 ? PROSE : 0;
    }
    // The seed's byline under the first line wins even over a headline that opens with a tag.
    TextBylines.SeedByline byline = earlyByline(text, start);
    if (byline != null && !byline.isEmpty()) {
      return SEED_LAYOUT;
    }
    if (isMarkup(text, start)) {
      // A first line that merely opens like markup ("<b> …", "--- …") under which the seed's
      // (possibly empty) byline follows is still a headline of this format.
      return byline != null ? PROSE : 0;
    }
    return PROSE;
  }

  private static boolean isBinary(ByteBuffer bytes, int headLength) {
    int control = 0;
    for (int i = 0; i < headLength; i++) {
      int c = bytes.get(i) & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    return control > headLength * MAX_CONTROL_SHARE;
  }

  private static boolean isMarkup(String text, int start) {
    char first = text.charAt(start);
    if (first == '<') {
      return true;
    }
    if (first == '{' || first == '[') {
      int i = start + 1;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == text.length()) {
        return true;
      }
      char next = text.charAt(i);
      return next == '"' || next == '{' || next == '[' || next == '}' || next == ']'
          || (first == '[' && (Character.isDigit(next) || next == '-') && isJsonNumberList(text, i));
    }
    return text.startsWith("---", start) || text.startsWith("WARC/", start)
        || text.startsWith("%PDF", start);
  }

  /** A {@code [} followed by a number and a comma or {@code ]}: an array, not a "[1]" footnote. */
  private static boolean isJsonNumberList(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || ".-+eE".indexOf(
        text.charAt(i)) >= 0)) {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == ',' || (text.charAt(i) == ']'
        && i + 1 < text.length() && isJsonAfterArray(text, i + 1)));
  }

  private static boolean isJsonAfterArray(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetters(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Find the seed's byline (a line with a {@code |}, even an empty one as the renderer writes) in
   * the first two non-blank lines from {@code start}. Reads those lines in place: no list of every
   * line of a 16 KB head, and no copy of a line without a {@code |}, which cannot be a byline.
   */
  private static TextBylines.SeedByline earlyByline(String text, int start) {
    int seen = 0;
    int from = start;
    while (from < text.length()) {
      int end = from;
      boolean blank = true;
      boolean bar = false;
      char c = 0;
      while (end < text.length()) {
        c = text.charAt(end);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          break;
        }
        blank &= Paragraphs.isWhitespace(c);
        bar |= c == '|';
        end++;
      }
      if (!blank) {
        TextBylines.SeedByline byline = bar
            ? TextBylines.seedByline(Paragraphs.normalize(text.substring(from, end))) : null;
        if (byline != null || ++seen == LINES_TO_LOOK_AT - 1) {
          return byline;
        }
      }
      from = end + (c == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    return null;
  }
}
