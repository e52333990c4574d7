package io.github.casefile.parsers.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads white-space separated attribute values ({@code class}, {@code rel}, {@code name}) as
 * {@code value.trim().split("\\s+")} would, without compiling a regular expression per call: the
 * page's metadata and furniture checks do this for thousands of elements.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * Split a value into its tokens.
   *
   * @param raw the attribute value
   * @return the tokens, in order; none is empty
   */
  public static List<String> split(String raw) {
    String value = raw.trim();
    List<String> tokens = new ArrayList<>(2);
    for (int start = skipSpaces(value, 0); start < value.length(); ) {
      int end = tokenEnd(value, start);
      tokens.add(value.substring(start, end));
      start = skipSpaces(value, end);
    }
    return tokens;
  }

  /**
   * Tell whether a value holds a token, ignoring case, without splitting it.
   *
   * @param raw the attribute value
   * @param token the token looked for
   * @return true if one of the value's tokens equals it
   */
  public static boolean has(String raw, String token) {
    String value = raw.trim();
    for (int start = skipSpaces(value, 0); start < value.length(); ) {
      int end = tokenEnd(value, start);
      if (end - start == token.length()
          && value.regionMatches(true, start, token, 0, end - start)) {
        return true;
      }
      start = skipSpaces(value, end);
    }
    return false;
  }

  private static int skipSpaces(String value, int from) {
    int i = from;
    while (i < value.length() && isSpace(value.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int tokenEnd(String value, int from) {
    int i = from;
    while (i < value.length() && !isSpace(value.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Tell whether a character separates tokens: the white space of {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
