package io.github.casefile.parsers.text;

import io.github.casefile.model.Paragraphs;
import java.util.Arrays;

/**
 * The lines of a text, ended by CRLF, LF, a lone CR, or the Unicode line and paragraph separators.
 * Lines are found on demand and kept as offsets: the header normalises a few lines at the top, and
 * {@link TextBody#blocks} cuts paragraphs out of the text, so a long text is not cut into line
 * strings first.
 */
final class TextLines {
  private final String text;
  // starts[i] and ends[i] bound line i, without its line end; found up to `count`
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;
  // normalized(i), kept once computed
  private String[] normalized;
  // where the next line starts, or -1 once the text is used up
  private int next;

  // Where the next of each kind of line end (LINE_ENDS) is at or after `next`, or the text's
  // length when there is none. Each is found by indexOf, which reads the text faster than a loop
  // over charAt, and searched again only once passed, so each kind costs one pass in all.
  private final int[] nextEnd = new int[LINE_ENDS.length];

  private static final char[] LINE_ENDS = {'\n', '\r', '\u2028', '\u2029'};

  private TextLines(String text) {
    this.text = text;
    this.next = text.isEmpty() ? -1 : 0;
    for (int k = 0; k < LINE_ENDS.length; k++) {
      nextEnd[k] = -1;  // not searched yet
    }
  }

  /**
   * Wrap a text; no line is found yet.
   *
   * @param text the text
   * @return its lines; a text ending with a line end has no empty last line
   */
  static TextLines of(String text) {
    return new TextLines(text);
  }

  /**
   * Return the text the lines are part of.
   *
   * @return the text
   */
  String text() {
    return text;
  }

  /**
   * Tell whether line {@code i} exists.
   *
   * @param i a line index
   * @return true if the text has at least {@code i + 1} lines
   */
  boolean has(int i) {
    while (count <= i && next >= 0) {
      findNext();
    }
    return i < count;
  }

  /**
   * Return where line {@code i} starts in the text, or the text's length for the line after the
   * last.
   *
   * @param i a line index, at most the number of lines
   * @return the offset
   */
  int start(int i) {
    return has(i) ? starts[i] : text.length();
  }

  /**
   * Return line {@code i}, without its line end.
   *
   * @param i an existing line's index
   * @return the line
   */
  String line(int i) {
    has(i);
    return text.substring(starts[i], ends[i]);
  }

  /**
   * Tell whether line {@code i} holds only white space.
   *
   * @param i an existing line's index
   * @return true for a blank line
   */
  boolean isBlank(int i) {
    has(i);
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      if (c > ' ' && c < 128 || !Paragraphs.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Return line {@code i} normalised by the paragraph rule.
   *
   * @param i an existing line's index
   * @return the line, possibly empty
   */
  String normalized(int i) {
    has(i);
    if (normalized == null) {
      normalized = new String[starts.length];
    } else if (normalized.length <= i) {
      normalized = Arrays.copyOf(normalized, starts.length);
    }
    // the header classifies a line more than once (as the next line, then as the line itself)
    if (normalized[i] == null) {
      normalized[i] = Paragraphs.normalize(line(i));
    }
    return normalized[i];
  }

  /**
   * Return where line {@code i} ends in the text, before its line end.
   *
   * @param i an existing line's index
   * @return the offset
   */
  int end(int i) {
    has(i);
    return ends[i];
  }

  private void findNext() {
    int n = text.length();
    int end = n;
    for (int k = 0; k < LINE_ENDS.length; k++) {
      if (nextEnd[k] < next) {
        int found = text.indexOf(LINE_ENDS[k], next);
        nextEnd[k] = found < 0 ? n : found;
      }
      end = Math.min(end, nextEnd[k]);
    }
    add(next, end);
    if (end == n) {
      next = -1;
      return;
    }
    next = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2
        : end + 1;
    if (next >= n) {
      next = -1;
    }
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

}
