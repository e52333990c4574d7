package io.github.casefile.model;

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
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
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
      if (c > ' ' && c < 128 || !isWhitespace(c)) {
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
    if (paragraph.isEmpty()) {
      return false;
    }
    boolean previousSpace = true;
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c > ' ' && c < 128) {
        previousSpace = false; // visible ASCII, the common case
      } else if (isWhitespace(c)) {
        if (c != ' ' || previousSpace) {
          return false;
        }
        previousSpace = true;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace;
  }
}
