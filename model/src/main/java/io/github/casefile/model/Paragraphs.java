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
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
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
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (isWhitespace(c)) {
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
