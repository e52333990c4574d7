package io.github.casefile.parsers.text;

import java.util.regex.Pattern;

/**
 * Recognises the Markdown that texts converted from web pages carry: headings, images alone on a
 * line, and horizontal rules. Plain text is read as text; these few marks are read only because
 * they would otherwise pass for words of the article.
 */
final class TextMarkdown {
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final int MAX_HEADING_LEVEL = 6;
  private static final int MIN_RULE = 3;

  private TextMarkdown() {}

  /**
   * Tell whether a line is only an image, such as {@code ![caption](photo.jpg)}.
   *
   * @param line a normalised line
   * @return true for an image line
   */
  static boolean isImage(String line) {
    return IMAGE.matcher(line).matches();
  }

  /**
   * Tell whether a line is a horizontal rule: three or more of the same {@code -}, {@code *} or
   * {@code _}, spaces allowed between.
   *
   * @param line a normalised line
   * @return true for a rule
   */
  static boolean isRule(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char mark = line.charAt(0);
    if (mark != '-' && mark != '*' && mark != '_') {
      return false;
    }
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == mark) {
        count++;
      } else if (c != ' ') {
        return false;
      }
    }
    return count >= MIN_RULE;
  }

  /**
   * Return how many characters of heading marks ({@code #} to {@code ######} and a space, repeated)
   * open a line.
   *
   * @param line a normalised line
   * @return the length of the marks, 0 when the line is not a heading
   */
  static int headingMarks(String line) {
    int at = 0;
    while (true) {
      int hashes = 0;
      while (at + hashes < line.length() && line.charAt(at + hashes) == '#') {
        hashes++;
      }
      if (hashes == 0 || hashes > MAX_HEADING_LEVEL || at + hashes >= line.length()
          || line.charAt(at + hashes) != ' ') {
        return at;
      }
      at += hashes + 1;
    }
  }
}
