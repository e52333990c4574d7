package io.github.casefile.internal.extract;

import java.util.Map;

/** Reads counts written as digits ("34,000", "1.5 million") or words ("eight", "a dozen"). */
final class Numbers {
  /** Counts above this are not believed; they give a warning instead. */
  static final long MAX_COUNT = 10_000_000_000L;

  static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
      Map.entry("couple", 2), Map.entry("single", 1));
  static final Map<String, Long> SCALES = Map.of(
      "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private Numbers() {}

  /** A number read from tokens {@code [start, end)}; value -1 when it is absurd. */
  static final class Read {
    final int start;
    final int end;
    final long value;

    Read(int start, int end, long value) {
      this.start = start;
      this.end = end;
      this.value = value;
    }
  }

  /**
   * Read a count starting at a token.
   *
   * @param a the text
   * @param i the first token
   * @param limit the token to stop before
   * @return the count, or null when the token starts none
   */
  static Read read(TextAnalysis a, int i, int limit) {
    if (i >= limit) {
      return null;
    }
    String t = a.tokNorm[i];
    long value;
    int end = i + 1;
    if (a.tokType[i] == TextAnalysis.NUMBER) {
      String digits = t;
      int dot = digits.indexOf('.');
      double v;
      if (digits.length() > 18 || (dot < 0 && digits.length() > 11)) {
        return new Read(i, end, -1);
      }
      if (!isDecimal(digits)) {
        return null;  // "1.2.3", "2,017,": not one number
      }
      v = Double.parseDouble(digits);
      if (end < limit && a.has(end, Lexicon.SCALE)) {
        v *= SCALES.get(a.tokNorm[end]);
        end++;
      }
      if (v > MAX_COUNT || v != Math.rint(v)) {
        return v > MAX_COUNT ? new Read(i, end, -1) : null;
      }
      value = (long) v;
    } else if (a.has(i, Lexicon.NUMBER_WORD)) {
      value = WORDS.get(t);
      if (t.equals("dozen") || t.equals("couple")) {
        return null; // "a dozen" is read by the caller's article check; keep it simple
      }
      // twenty-five, two hundred, three thousand
      if (end + 1 < limit && a.tokNorm[end].equals("-") && a.has(end + 1, Lexicon.NUMBER_WORD)
          && value >= 20 && WORDS.get(a.tokNorm[end + 1]) < 10) {
        value += WORDS.get(a.tokNorm[end + 1]);
        end += 2;
      }
      while (end < limit && a.has(end, Lexicon.SCALE)) {
        value *= SCALES.get(a.tokNorm[end]);
        end++;
        if (value > MAX_COUNT) {
          return new Read(i, end, -1);
        }
      }
    } else {
      return null;
    }
    return new Read(i, end, value);
  }

  /**
   * Read a token of ASCII digits as an int.
   *
   * @param token the token's text
   * @return its value, or -1 when it is not 1 to 9 ASCII digits ("26.6", "1,000", "٣")
   */
  static int plainInt(String token) {
    return plainInt(token, 0, token.length());
  }

  /**
   * Read part of a text as an int, as {@link #plainInt(String)} reads a token, without copying
   * the part out.
   *
   * @param text the text
   * @param from the first character
   * @param to the character after the last
   * @return their value, or -1 when they are not 1 to 9 ASCII digits
   */
  static int plainInt(String text, int from, int to) {
    if (to <= from || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** ASCII digits with at most one inner decimal point. */
  private static boolean isDecimal(String token) {
    boolean dot = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.' && !dot && i > 0 && i < token.length() - 1) {
        dot = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return !token.isEmpty();
  }
}
