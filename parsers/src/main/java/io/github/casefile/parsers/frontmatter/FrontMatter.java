package io.github.casefile.parsers.frontmatter;

import io.github.casefile.parsers.internal.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata block at the top of a front-matter file, and where the body starts.
 *
 * <p>Two shapes: YAML between {@code ---} lines (Jekyll, Hugo, Jigsaw, WordPress exports), read as
 * the simple subset such files use: {@code key: value} with plain, single- or double-quoted
 * scalars, {@code [a, b]} flow lists, {@code - item} block lists, folded ({@code >}) and literal
 * ({@code |}) block scalars, indented continuation lines, nested keys (kept as {@code
 * parent.child}) and comments; and header lines ({@code Title: …}, {@code Date: …}, Pelican and
 * MultiMarkdown) up to the first blank line. Each line is read once, so the work is linear. Lines
 * that fit none of these are skipped with a warning. Keys are lower-case.
 */
final class FrontMatter {
  // Keys: a letter or underscore, then word characters, spaces, dots and hyphens, bounded.
  private static final Pattern KEY_LINE =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_ .-]{0,60}?)\\s*:(?:\\s+(.*)|\\s*)");
  private static final Pattern HEADER_LINE =
      Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,30}):[ \\t]*(.*)");
  private static final int MAX_LINES = 2_000;

  final Map<String, List<String>> values;
  final int bodyStart;
  final List<String> warnings;
  final boolean yaml;

  private FrontMatter(Map<String, List<String>> values, int bodyStart, List<String> warnings,
      boolean yaml) {
    this.values = values;
    this.bodyStart = bodyStart;
    this.warnings = warnings;
    this.yaml = yaml;
  }

  /**
   * Tell whether a text opens with a YAML front matter delimiter line.
   *
   * @param text the text, without byte-order mark
   * @return true if the first line is {@code ---}
   */
  static boolean opensYaml(String text) {
    int end = lineEnd(text, 0);
    return text.startsWith("---") && text.substring(3, end).isBlank();
  }

  /**
   * Read the front matter of a text.
   *
   * @param text the text, without byte-order mark
   * @return the front matter, or empty if the text opens with neither shape
   */
  static Optional<FrontMatter> read(String text) {
    if (opensYaml(text)) {
      return Optional.of(new YamlReader(text).read());
    }
    return readHeaderLines(text);
  }

  /** Return the first value of a key. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> list = values.get(key);
      if (list != null) {
        for (String value : list) {
          if (!value.isBlank()) {
            return Optional.of(value.strip());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Return all values of the first key present. */
  List<String> all(String... keys) {
    for (String key : keys) {
      List<String> list = values.get(key);
      if (list != null && !list.isEmpty()) {
        return list;
      }
    }
    return List.of();
  }

  /** Count the header lines at the top of a text, as detection does; 0 if there is no Title. */
  static int headerLineCount(String text) {
    int pos = 0;
    int count = 0;
    boolean title = false;
    Matcher m = HEADER_LINE.matcher(text);
    while (pos < text.length() && count < 40) {
      int end = lineEnd(text, pos);
      if (isBlank(text, pos, end)) {
        break;
      }
      // Matched in place: every input's detection runs this, and an HTML page's first line can
      // be the whole page.
      if (!m.region(pos, end).matches()) {
        return 0;
      }
      title |= m.group(1).equalsIgnoreCase("title");
      count++;
      pos = next(text, end);
    }
    return title ? count : 0;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<FrontMatter> readHeaderLines(String text) {
    if (headerLineCount(text) == 0) {
      return Optional.empty();
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    int pos = 0;
    String lastKey = null;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      String line = text.substring(pos, end);
      pos = next(text, end);
      if (line.isBlank()) {
        break;
      }
      Matcher m = HEADER_LINE.matcher(line);
      if (m.matches()) {
        lastKey = m.group(1).toLowerCase(Locale.ROOT);
        values.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(m.group(2).strip());
      } else if (lastKey != null && Character.isWhitespace(line.charAt(0))) {
        List<String> list = values.get(lastKey);
        list.set(list.size() - 1, (list.get(list.size() - 1) + " " + line.strip()).strip());
      } else {
        warnings.add("The header line " + Warning.quote(line) + " was not read.");
      }
    }
    return Optional.of(new FrontMatter(values, pos, warnings, false));
  }

  static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    int end = newline < 0 ? text.length() : newline;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  static int next(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
    }
    return Math.min(text.length(), lineEnd + 1);
  }

  /** Reads the YAML subset, one line at a time. */
  private static final class YamlReader {
    private final String text;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private String key;
    private String parent;
    private int block;
    private boolean folded;
    private int lineNumber = 1;

    YamlReader(String text) {
      this.text = text;
    }

    FrontMatter read() {
      int pos = next(text, lineEnd(text, 0));
      int bodyStart = -1;
      int lines = 0;
      List<Integer> starts = new ArrayList<>();
      while (pos < text.length() && lines < MAX_LINES) {
        int end = lineEnd(text, pos);
        String line = text.substring(pos, end);
        lineNumber++;
        lines++;
        int lineStart = pos;
        pos = next(text, end);
        if (isClosing(line)) {
          bodyStart = pos;
          break;
        }
        starts.add(lineStart);
        line(line);
      }
      if (bodyStart < 0) {
        return unterminated(starts, pos);
      }
      return new FrontMatter(values, bodyStart, warnings, true);
    }

    /**
     * Recover from a front matter that never closes: what reads as YAML stays metadata, and the
     * body starts at the first line that does not (or after the last line read).
     */
    private FrontMatter unterminated(List<Integer> starts, int scanned) {
      Map<String, List<String>> kept = new LinkedHashMap<>();
      int bodyStart = -1;
      values.clear();
      warnings.clear();
      key = null;
      parent = null;
      block = 0;
      for (int start : starts) {
        String line = text.substring(start, lineEnd(text, start));
        if (!line.isBlank() && !looksLikeYaml(line)) {
          bodyStart = start;
          break;
        }
        line(line);
      }
      kept.putAll(values);
      List<String> notes = new ArrayList<>(warnings);
      notes.add(0, "The front matter that opens on line 1 is not closed by a '---' line; the"
          + " lines that read as YAML were taken as metadata.");
      return new FrontMatter(kept, bodyStart < 0 ? scanned : bodyStart, notes, true);
    }

    private boolean looksLikeYaml(String line) {
      String stripped = line.strip();
      return KEY_LINE.matcher(line).matches() || stripped.startsWith("- ")
          || stripped.equals("-") || stripped.startsWith("#")
          || Character.isWhitespace(line.charAt(0)) && key != null;
    }

    private static boolean isClosing(String line) {
      return (line.startsWith("---") || line.startsWith("...")) && line.substring(3).isBlank();
    }

    private void line(String line) {
      if (line.isBlank()) {
        if (block > 0) {
          append("\n");
        }
        return;
      }
      int indent = indentOf(line);
      String stripped = line.strip();
      if (block > 0) {
        if (indent >= block || indent > 0 && block == Integer.MAX_VALUE) {
          if (block == Integer.MAX_VALUE) {
            block = indent;
          }
          append(folded ? stripped + " " : stripped + "\n");
          return;
        }
        finishBlock();
      }
      if (stripped.startsWith("#")) {
        return;
      }
      if (stripped.startsWith("- ") || stripped.equals("-")) {
        if (key == null) {
          warn(line);
          return;
        }
        values.computeIfAbsent(key, k -> new ArrayList<>())
            .add(scalar(stripped.substring(1).strip()));
        return;
      }
      Matcher m = KEY_LINE.matcher(stripped);
      if (m.matches()) {
        String name = m.group(1).strip().toLowerCase(Locale.ROOT);
        if (indent == 0) {
          parent = name;
          key = name;
        } else if (parent != null) {
          key = parent + "." + name;
        } else {
          key = name;
        }
        value(m.group(2) == null ? "" : m.group(2).strip());
        return;
      }
      if (indent > 0 && key != null && values.containsKey(key) && !values.get(key).isEmpty()) {
        // A plain scalar continued on an indented line.
        List<String> list = values.get(key);
        list.set(list.size() - 1, (list.get(list.size() - 1) + " " + scalar(stripped)).strip());
        return;
      }
      warn(line);
    }

    private void value(String raw) {
      List<String> list = values.computeIfAbsent(key, k -> new ArrayList<>());
      if (raw.isEmpty()) {
        return;
      }
      if (raw.startsWith(">") || raw.startsWith("|")) {
        folded = raw.startsWith(">");
        block = Integer.MAX_VALUE;
        list.add("");
        return;
      }
      if (raw.startsWith("[") && raw.endsWith("]")) {
        for (String item : splitFlow(raw.substring(1, raw.length() - 1))) {
          if (!item.isBlank()) {
            list.add(scalar(item.strip()));
          }
        }
        return;
      }
      list.add(scalar(raw));
    }

    private void append(String more) {
      List<String> list = values.get(key);
      list.set(list.size() - 1, list.get(list.size() - 1) + more);
    }

    private void finishBlock() {
      List<String> list = values.get(key);
      list.set(list.size() - 1, list.get(list.size() - 1).strip());
      block = 0;
    }

    private void warn(String line) {
      warnings.add("Line " + lineNumber + " of the front matter " + Warning.quote(line)
          + " was not read.");
    }

    private static int indentOf(String line) {
      int i = 0;
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }
  }

  /** Split a flow list's inside at commas outside quotes. */
  static List<String> splitFlow(String inside) {
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"' && i + 1 < inside.length()) {
          current.append(c);
          c = inside.charAt(++i);
        } else if (c == quote) {
          quote = 0;
        }
        current.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        current.append(c);
      } else if (c == ',') {
        items.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    items.add(current.toString());
    return items;
  }

  /** Read a scalar: quoted with its escapes, or plain without a trailing comment. */
  static String scalar(String raw) {
    if (raw.length() >= 2 && raw.charAt(0) == '\'' && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1).replace("''", "'");
    }
    if (raw.length() >= 2 && raw.charAt(0) == '"' && raw.endsWith("\"")) {
      return unescapeDouble(raw.substring(1, raw.length() - 1));
    }
    int comment = raw.indexOf(" #");
    return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
  }

  private static String unescapeDouble(String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case '0':
          out.append('\0');
          break;
        case '_':
          out.append('\u00A0');
          break;
        case 'u':
        case 'U':
        case 'x':
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          int code = isHex(body, i + 1, digits)
              ? Integer.parseInt(body.substring(i + 1, i + 1 + digits), 16) : -1;
          if (Character.isValidCodePoint(code)) {
            out.appendCodePoint(code);
            i += digits;
          } else {
            out.append('\\').append(e);
          }
          break;
        default:
          out.append(e);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String text, int from, int count) {
    if (from + count > text.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
