package io.github.casefile.parsers.frontmatter;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reduces Markdown inline markup to the text a reader sees, in one left-to-right pass: emphasis
 * and strike-through delimiters go, links {@code [text](url)}, {@code [text][ref]} and {@code
 * [ref]} keep their text, images {@code ![alt](src)} go entirely, code spans keep their code,
 * autolinks keep their URL, inline HTML tags go, entities and backslash escapes become their
 * characters. Unmatched brackets and lone delimiters stay as text. Every look-ahead is bounded, so
 * the work is linear in the text.
 */
final class MarkdownInline {
  private static final int MAX_DESTINATION = 2_000;
  private static final int MAX_LABEL = 200;
  private static final int MAX_TAG = 1_000;
  private static final int MAX_CODE_RUN = 16;

  private final String in;
  private final Set<String> references;
  private final StringBuilder out;
  private final BitSet deleted = new BitSet();
  private final Deque<int[]> brackets = new ArrayDeque<>();
  private final boolean[] noCloser = new boolean[MAX_CODE_RUN + 1];
  private boolean noCommentEnd;

  private MarkdownInline(String in, Set<String> references) {
    this.in = in;
    this.references = references;
    this.out = new StringBuilder(in.length());
  }

  /**
   * Reduce a block's inline markup to text.
   *
   * @param text the block's lines joined with {@code \n}
   * @param references the lower-case labels of the document's link reference definitions
   * @return the text, white space not yet collapsed
   */
  static String reduce(String text, Set<String> references) {
    return new MarkdownInline(text, references).run();
  }

  private String run() {
    int i = 0;
    while (i < in.length()) {
      char c = in.charAt(i);
      switch (c) {
        case '\\':
          i = escape(i);
          break;
        case '`':
          i = code(i);
          break;
        case '<':
          i = angle(i);
          break;
        case '&':
          i = entity(i);
          break;
        case '!':
          if (i + 1 < in.length() && in.charAt(i + 1) == '[') {
            brackets.push(new int[] {out.length(), 1});
            out.append("![");
            i += 2;
          } else {
            out.append(c);
            i++;
          }
          break;
        case '[':
          brackets.push(new int[] {out.length(), 0});
          out.append(c);
          i++;
          break;
        case ']':
          i = closeBracket(i);
          break;
        case '*':
        case '_':
        case '~':
          i = delimiters(i, c);
          break;
        default:
          out.append(c);
          i++;
      }
    }
    StringBuilder result = new StringBuilder(out.length());
    for (int k = 0; k < out.length(); k++) {
      if (!deleted.get(k)) {
        result.append(out.charAt(k));
      }
    }
    return result.toString();
  }

  private int escape(int i) {
    if (i + 1 < in.length()) {
      char next = in.charAt(i + 1);
      if (next == '\n') {
        out.append('\n');
        return i + 2;
      }
      if (next < 128 && isPunctuation(next)) {
        out.append(next);
        return i + 2;
      }
    }
    out.append('\\');
    return i + 1;
  }

  private static boolean isPunctuation(char c) {
    return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  private int code(int i) {
    int run = runLength(i, '`');
    if (run > MAX_CODE_RUN || noCloser[run]) {
      out.append(in, i, i + run);
      return i + run;
    }
    int search = i + run;
    while (true) {
      int at = in.indexOf('`', search);
      if (at < 0) {
        // No closing run of this length anywhere after here: remember, to stay linear.
        noCloser[run] = true;
        out.append(in, i, i + run);
        return i + run;
      }
      int closing = runLength(at, '`');
      if (closing == run) {
        String code = in.substring(i + run, at).replace('\n', ' ');
        if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ")
            && !code.isBlank()) {
          code = code.substring(1, code.length() - 1);
        }
        out.append(code);
        return at + run;
      }
      search = at + closing;
    }
  }

  private int runLength(int from, char c) {
    int end = from;
    while (end < in.length() && in.charAt(end) == c) {
      end++;
    }
    return end - from;
  }

  private int angle(int i) {
    if (in.startsWith("<!--", i) && !noCommentEnd) {
      int end = in.indexOf("-->", i + 4);
      if (end >= 0) {
        return end + 3;
      }
      noCommentEnd = true;
    }
    int limit = Math.min(in.length(), i + MAX_TAG);
    int close = -1;
    for (int k = i + 1; k < limit; k++) {
      char c = in.charAt(k);
      if (c == '>') {
        close = k;
        break;
      }
      if (c == '<' || c == '\n' && k - i > 200) {
        break;
      }
    }
    if (close < 0) {
      out.append('<');
      return i + 1;
    }
    String inside = in.substring(i + 1, close);
    if (isAutolink(inside)) {
      out.append(inside);
      return close + 1;
    }
    if (isTag(inside)) {
      String name = inside.startsWith("/") ? inside.substring(1) : inside;
      if (name.toLowerCase(Locale.ROOT).startsWith("br")) {
        out.append(' ');
      }
      return close + 1;
    }
    out.append('<');
    return i + 1;
  }

  private static boolean isAutolink(String inside) {
    int colon = inside.indexOf(':');
    if (colon < 2 || colon > 32 || inside.indexOf(' ') >= 0) {
      return inside.indexOf('@') > 0 && inside.indexOf(' ') < 0 && inside.indexOf('.') > 0;
    }
    for (int k = 0; k < colon; k++) {
      char c = inside.charAt(k);
      if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTag(String inside) {
    int k = inside.startsWith("/") ? 1 : 0;
    if (k >= inside.length() || !(inside.charAt(k) < 128 && Character.isLetter(inside.charAt(k)))) {
      return false;
    }
    while (k < inside.length() && (Character.isLetterOrDigit(inside.charAt(k))
        || inside.charAt(k) == '-') && inside.charAt(k) < 128) {
      k++;
    }
    return k == inside.length() || Character.isWhitespace(inside.charAt(k))
        || inside.charAt(k) == '/';
  }

  private int entity(int i) {
    int limit = Math.min(in.length(), i + 34);
    for (int k = i + 1; k < limit; k++) {
      char c = in.charAt(k);
      if (c == ';') {
        if (k == i + 1) {
          break;
        }
        String candidate = in.substring(i, k + 1);
        String decoded = Parser.unescapeEntities(candidate, false);
        if (!decoded.equals(candidate)) {
          out.append(decoded);
          return k + 1;
        }
        break;
      }
      if (!(Character.isLetterOrDigit(c) && c < 128 || c == '#' && k == i + 1)) {
        break;
      }
    }
    out.append('&');
    return i + 1;
  }

  private int closeBracket(int i) {
    if (brackets.isEmpty()) {
      out.append(']');
      return i + 1;
    }
    int[] open = brackets.pop();
    int start = open[0];
    boolean image = open[1] == 1;
    int textStart = start + (image ? 2 : 1);
    int next = i + 1;
    if (next < in.length() && in.charAt(next) == '(') {
      int end = destinationEnd(next);
      if (end > 0) {
        close(start, textStart, image);
        return end;
      }
    }
    boolean shortText = out.length() - textStart <= MAX_LABEL;
    if (next < in.length() && in.charAt(next) == '[') {
      int end = indexWithin(']', next + 1, MAX_LABEL);
      if (end > 0) {
        String label = in.substring(next + 1, end);
        String key = label.isEmpty() && shortText ? out.substring(textStart) : label;
        if (references.contains(key.strip().toLowerCase(Locale.ROOT))) {
          close(start, textStart, image);
          return end + 1;
        }
      }
    }
    String label = shortText ? out.substring(textStart).strip().toLowerCase(Locale.ROOT) : "";
    if (!label.isEmpty() && references.contains(label)) {
      close(start, textStart, image);
      return i + 1;
    }
    out.append(']');
    return i + 1;
  }

  private int indexWithin(char c, int from, int max) {
    int limit = Math.min(in.length(), from + max);
    for (int k = from; k < limit; k++) {
      if (in.charAt(k) == c) {
        return k;
      }
    }
    return -1;
  }

  /** Drop a link's brackets, keeping its text; drop an image entirely. */
  private void close(int start, int textStart, boolean image) {
    if (image) {
      deleted.set(start, out.length());
    } else {
      deleted.set(start, textStart);
    }
  }

  /** Find the end of {@code (destination "title")}, one level of nested parentheses allowed. */
  private int destinationEnd(int open) {
    int depth = 0;
    int limit = Math.min(in.length(), open + MAX_DESTINATION);
    for (int k = open; k < limit; k++) {
      char c = in.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '(') {
        depth++;
        if (depth > 2) {
          return -1;
        }
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return k + 1;
        }
      } else if (c == '\n' && depth > 0 && k + 1 < limit && in.charAt(k + 1) == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private int delimiters(int i, char c) {
    int run = runLength(i, c);
    char before = i == 0 ? ' ' : in.charAt(i - 1);
    char after = i + run >= in.length() ? ' ' : in.charAt(i + run);
    boolean leftFlanking = !isSpace(after);
    boolean rightFlanking = !isSpace(before);
    boolean intraword = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    boolean drop = (leftFlanking || rightFlanking)
        && (c == '*' || c == '_' && !intraword || c == '~' && run == 2);
    if (!drop) {
      out.append(in, i, i + run);
    }
    return i + run;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
