package io.github.casefile.model;

import java.util.Objects;

/**
 * The paragraph rule of the contract: every run of Unicode white space collapsed to one space, none
 * at the ends, no empty paragraph.
 */
public final class Paragraphs {
  /** How many characters {@link #isNormalized(String, int, int)} copies out at a time. */
  private static final int CHUNK = 256;

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
    if (text instanceof String) {
      String s = (String) text;
      return normalize(s, 0, s.length());
    }
    int n = text.length();
    char[] chars = new char[n];
    if (text instanceof StringBuilder) {
      ((StringBuilder) text).getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    return new String(chars, 0, compact(chars, n));
  }

  /**
   * Collapse every run of white space in a part of a text to one space and strip the ends, as
   * {@link #normalize(CharSequence)} does for {@code text.substring(start, end)}, without cutting
   * the part out first when it has to change.
   *
   * @param text the text
   * @param start the index of the part's first character
   * @param end the index after its last character
   * @return the normalised part, possibly empty; {@code text} itself when that is the whole text
   *     and already normalised
   * @throws IndexOutOfBoundsException if the range is not inside the text
   * @since 0.1
   */
  public static String normalize(String text, int start, int end) {
    if (isNormalized(text, start, end)) {
      // the common case: one scan and no copy beyond the part itself
      return start == 0 && end == text.length() ? text : text.substring(start, end);
    }
    int n = end - start;
    char[] chars = new char[n];
    text.getChars(start, end, chars, 0);
    return new String(chars, 0, compact(chars, n));
  }

  /**
   * Normalise {@code chars[0..n)} in place and return the new length. Every white-space character
   * is written as a space, and the write position advances past a space only when the character
   * before it is not one, so the loop has no branch on the spaces between words: in prose they
   * come at irregular places, and a branch on them was mispredicted once a word.
   */
  private static int compact(char[] chars, int n) {
    int length = 0;
    int lastSpace = 1;  // 1 after a space or at the start, so no space leads
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      int space = ((c ^ ' ') - 1) >>> 31;  // 1 for ' ', else 0
      if ((char) (c - ' ') >= 0x60 && isWhitespace(c)) {
        // a control character or one above ASCII: rare in prose, so this branch is predictable
        space = 1;
      }
      // c, or a space for white space, without a branch; the write position never passes the
      // read position, so the loop compacts in place
      chars[length] = (char) (c + ((' ' - c) & -space));
      length += 1 - (space & lastSpace);
      lastSpace = space;
    }
    return length > 0 && lastSpace == 1 ? length - 1 : length;
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
    // The characters are copied in chunks and read from the array: String.charAt tests the
    // string's coder and bounds on every read, and, as the JIT sees Latin-1 and UTF-16 strings
    // alike, that made this scan two to three times slower. A space is counted without a branch
    // (prose has one at an unpredictable place every few characters, and a branch on it was
    // mispredicted once a word); control characters and those above ASCII take the one branch.
    char[] chunk = new char[Math.min(end - start, CHUNK)];
    int previousSpace = 1;  // 1 after a space or at the start, so that no space may lead
    int doubled = 0;
    for (int from = start; from < end; from += chunk.length) {
      int n = Math.min(chunk.length, end - from);
      text.getChars(from, from + n, chunk, 0);
      for (int i = 0; i < n; i++) {
        char c = chunk[i];
        int space = ((c ^ ' ') - 1) >>> 31;  // 1 for ' ', else 0
        doubled |= previousSpace & space;
        previousSpace = space;
        if ((char) (c - ' ') >= 0x60 && isWhitespace(c)) {
          return false;  // white space other than the space
        }
      }
      if (doubled != 0) {
        return false;
      }
    }
    return previousSpace == 0;
  }
}
