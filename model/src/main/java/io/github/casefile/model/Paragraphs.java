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
    return Recent.add(new String(chars, 0, compact(chars, n, 0)));
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
    Objects.checkFromToIndex(start, end, text.length());
    boolean whole = start == 0 && end == text.length();
    if (whole && Recent.has(text)) {
      return text;
    }
    int n = end - start;
    int clean = cleanPrefix(text, start, end);
    if (n > 0 && clean == n && text.charAt(end - 1) != ' ') {
      // the common case: one scan and no copy beyond the part itself
      return Recent.add(whole ? text : text.substring(start, end));
    }
    char[] chars = new char[n];
    text.getChars(start, end, chars, 0);
    return Recent.add(new String(chars, 0, compact(chars, n, clean)));
  }

  /**
   * Normalise {@code chars[0..n)} in place and return the new length: the clean runs of text
   * between runs of white space are found by {@link #cleanRun} and moved down in bulk, with one
   * space between them. A paragraph wrapped over lines is a few long clean runs, its lines.
   *
   * @param clean how many characters at the start are known to be a clean run (as {@link
   *     #cleanPrefix} tells), so that they are not scanned again
   */
  private static int compact(char[] chars, int n, int clean) {
    int i = clean;
    int length = clean > 0 && chars[clean - 1] == ' ' ? clean - 1 : clean;
    while (true) {
      while (i < n && isWhitespace(chars[i])) {
        i++;
      }
      if (i == n) {
        return length;
      }
      if (length > 0) {
        chars[length++] = ' ';  // before i: at least one white-space character was skipped
      }
      int from = i;
      i = cleanRun(chars, from, n, 0);
      int to = chars[i - 1] == ' ' ? i - 1 : i;  // a run may end with the first of its spaces
      System.arraycopy(chars, from, chars, length, to - from);
      length += to - from;
    }
  }

  /**
   * Return where the clean text that starts at {@code from} stops: the index of the first
   * white-space character other than a space, or of a space after a space (the character before
   * {@code from} counting as one when {@code afterSpace} is 1), else {@code to}.
   *
   * <p>The space is counted without a branch: prose has one at an unpredictable place every few
   * characters, and a branch on it was mispredicted about once a word, which made the scan two to
   * three times slower. Control characters and those above ASCII take the one rare branch.
   */
  private static int cleanRun(char[] chars, int from, int to, int afterSpace) {
    int previousSpace = afterSpace;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      int space = ((c ^ ' ') - 1) >>> 31;  // 1 for ' ', else 0
      if ((previousSpace & space) != 0 || (char) (c - ' ') >= 0x60 && isWhitespace(c)) {
        return i;
      }
      previousSpace = space;
    }
    return to;
  }

  /**
   * Tell whether a paragraph already follows the rule.
   *
   * @param paragraph the paragraph
   * @return true if it is non-empty and equal to {@link #normalize(CharSequence)} of itself
   */
  public static boolean isNormalized(String paragraph) {
    if (Recent.has(paragraph)) {
      return true;
    }
    if (isNormalized(paragraph, 0, paragraph.length())) {
      Recent.add(paragraph);
      return true;
    }
    return false;
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
    return start < end && cleanPrefix(text, start, end) == end - start
        && text.charAt(end - 1) != ' ';
  }

  /**
   * Return how many characters from {@code start} are a clean run: no white space but single
   * spaces after other characters. The characters are copied out in chunks and read from the
   * array: String.charAt tests the string's coder and bounds on every read, and, as the JIT sees
   * Latin-1 and UTF-16 strings alike, that made the scan slower.
   */
  private static int cleanPrefix(String text, int start, int end) {
    char[] chunk = new char[Math.min(end - start, CHUNK)];
    int previousSpace = 1;  // 1 after a space or at the start, so that no space may lead
    for (int from = start; from < end; from += chunk.length) {
      int n = Math.min(chunk.length, end - from);
      text.getChars(from, from + n, chunk, 0);
      int stop = cleanRun(chunk, 0, n, previousSpace);
      if (stop < n) {
        return from - start + stop;
      }
      previousSpace = chunk[n - 1] == ' ' ? 1 : 0;
    }
    return end - start;
  }

  /**
   * The paragraphs this thread last found or made normalised, remembered by identity, so that the
   * same {@code String} is not scanned again: a format normalises a paragraph, the assembler
   * normalises what the format hands in, and {@link Article}'s check (on every build, {@code
   * from} and {@code with} copies included) tests it, each in turn on the same object. A string
   * never changes, so a hit is as good as a scan, and a miss costs only the scan; only strings
   * that a method here scanned or wrote are added. One slot per length (modulo {@link #SLOTS}),
   * and none for short strings, cheaper to scan than to look up, or long ones, so that a thread
   * holds at most {@code SLOTS} strings of at most {@link #MAX} characters.
   */
  private static final class Recent {
    private static final int SLOTS = 256;
    private static final int MIN = 64;
    private static final int MAX = 8192;
    private static final ThreadLocal<String[]> SLOTS_OF_THREAD =
        ThreadLocal.withInitial(() -> new String[SLOTS]);

    private Recent() {}

    /** Tell whether this very string was found or made normalised lately on this thread. */
    static boolean has(String paragraph) {
      int n = paragraph.length();
      return n >= MIN && n <= MAX && SLOTS_OF_THREAD.get()[n & (SLOTS - 1)] == paragraph;
    }

    /** Remember a normalised paragraph (never an empty one, which breaks the rule: too short). */
    static String add(String paragraph) {
      int n = paragraph.length();
      if (n >= MIN && n <= MAX) {
        SLOTS_OF_THREAD.get()[n & (SLOTS - 1)] = paragraph;
      }
      return paragraph;
    }
  }
}
