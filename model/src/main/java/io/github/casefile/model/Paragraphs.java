package io.github.casefile.model;

import java.util.Objects;

/**
 * The paragraph rule of the contract: every run of Unicode white space collapsed to one space, none
 * at the ends, no empty paragraph.
 */
public final class Paragraphs {
  private Paragraphs() {}

  /**
   * Tell whether a character counts as white space for the paragraph rule: Java white space, the
   * no-break spaces (U+00A0, U+2007, U+202F), the ideographic space (U+3000) and the other Unicode
   * space separators.
   *
   * @param c a UTF-16 code unit
   * @return true if {@code c} is white space
   */
  public static boolean isWhitespace(char c) {
    if (c < 128) {
      // the same answer as below for ASCII, without the two character-data look-ups per letter
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
    }
    // The Unicode space, line and paragraph separators (Zs, Zl, Zp) above ASCII, and NEL: the same
    // answer as Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085', without the
    // character-data look-ups that every curly quote and dash would pay (ParagraphsTest checks the
    // two agree on every UTF-16 unit).
    if (c < '\u2000') {
      return c == '\u00a0' || c == '\u0085' || c == '\u1680';
    }
    return c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f'
        || c == '\u3000';
  }

  /**
   * Collapse every run of white space to one space and strip the ends.
   *
   * @param text any text
   * @return the normalised paragraph, possibly empty
   */
  public static String normalize(CharSequence text) {
    if (text instanceof String && isNormalized((String) text)) {
      return (String) text; // the common case: one scan and no copy
    }
    int n = text.length();
    char[] chars = new char[n];
    if (text instanceof String) {
      ((String) text).getChars(0, n, chars, 0);
    } else if (text instanceof StringBuilder) {
      ((StringBuilder) text).getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    // compact in place: the write position never passes the read position
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c > ' ' && c < 128 || c != ' ' && !isWhitespace(c)) {
        if (pendingSpace) {
          chars[length++] = ' ';
          pendingSpace = false;
        }
        chars[length++] = c;
      } else {
        pendingSpace = length > 0;
      }
    }
    return new String(chars, 0, length);
  }

  /**
   * Tell whether a paragraph already follows the rule.
   *
   * @param paragraph the paragraph
   * @return true if it is non-empty and equal to {@link #normalize(CharSequence)} of itself
   */
  public static boolean isNormalized(String paragraph) {
    return isNormalized(paragraph, 0, paragraph.length());
  }

  /**
   * Tell whether a part of a text, such as one line, follows the rule as a paragraph on its own.
   *
   * @param text the text
   * @param start the index of the part's first character
   * @param end the index after its last character
   * @return true if {@code text.substring(start, end)} is non-empty and normalised
   * @throws IndexOutOfBoundsException if the range is not inside the text
   * @since 0.1
   */
  public static boolean isNormalized(String text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      return false;
    }
    // The space is tested here and isWhitespace only for the rare control and non-ASCII
    // characters: when the JIT compiles isWhitespace as a call rather than inline, a call per space
    // made this scan several times slower.
    boolean previousSpace = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if ((c < ' ' || c >= 128) && isWhitespace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace;
  }
}
