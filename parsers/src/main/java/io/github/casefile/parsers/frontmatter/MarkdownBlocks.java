package io.github.casefile.parsers.frontmatter;

import io.github.casefile.model.Paragraphs;
import io.github.casefile.parsers.internal.HtmlBlocks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown (or plain-text) body into blocks, line by line: paragraphs (lines joined),
 * ATX and setext headings, block quotes, list items, fenced code, HTML blocks (read with {@link
 * HtmlBlocks}, so a {@code <figure>}'s caption is dropped) and thematic breaks. Link reference
 * definitions are collected and dropped, and HTML comments removed. Inline markup is reduced by
 * {@link MarkdownInline}.
 */
final class MarkdownBlocks {
  /** What a block is. */
  enum Kind {
    PARAGRAPH, HEADING, QUOTE, LIST_ITEM, CODE, HTML, BREAK
  }

  /** One block: its kind, its text (inline markup reduced, normalised) and its raw lines joined. */
  static final class Block {
    final Kind kind;
    final String text;
    final String raw;

    Block(Kind kind, String text, String raw) {
      this.kind = kind;
      this.text = text;
      this.raw = raw;
    }

    @Override
    public String toString() {
      return kind + ": " + text;
    }
  }

  private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t]+(.*)|[ \\t]*)");
  private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-+*]|\\d{1,9}[.)])[ \\t]+(.*)");
  private static final Pattern REFERENCE =
      Pattern.compile(" {0,3}\\[([^\\]\\n]{1,200})\\]:[ \\t]*\\S.*");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
  private static final Pattern HTML_START = Pattern.compile(
      " {0,3}<(?:/?(?:address|article|aside|blockquote|center|details|div|dl|fieldset|figcaption"
          + "|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|script|section"
          + "|style|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|img|picture|noscript)"
          + "(?:[\\s/>]|$)|\\?php|!DOCTYPE).*",
      Pattern.CASE_INSENSITIVE);

  private final List<Block> blocks = new ArrayList<>();
  private final Set<String> references = new HashSet<>();
  private final List<String> lines = new ArrayList<>();
  private Kind kind;
  private String fence;

  private MarkdownBlocks() {}

  /**
   * Read a body's blocks.
   *
   * @param body the Markdown text
   * @return the blocks in order; blocks whose text is empty (an image alone) are left out
   */
  static List<Block> read(String body) {
    MarkdownBlocks reader = new MarkdownBlocks();
    List<String> lines = reader.linesOf(removeComments(body));
    for (String line : lines) {
      reader.line(line);
    }
    reader.end();
    return reader.blocks;
  }

  /** Remove HTML comments, across lines; an unclosed one stays as text. */
  static String removeComments(String text) {
    int open = text.indexOf("<!--");
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf("-->", open + 4);
      if (close < 0) {
        break;
      }
      out.append(text, from, open);
      from = close + 3;
      open = text.indexOf("<!--", from);
    }
    return out.append(text, from, text.length()).toString();
  }

  /** Split into lines and collect the link reference definitions outside code fences. */
  private List<String> linesOf(String body) {
    List<String> result = new ArrayList<>();
    boolean inFence = false;
    int pos = 0;
    while (pos <= body.length()) {
      int end = FrontMatter.lineEnd(body, pos);
      String line = body.substring(pos, end);
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
      }
      Matcher reference = REFERENCE.matcher(line);
      if (!inFence && reference.matches()) {
        references.add(reference.group(1).strip().toLowerCase(Locale.ROOT));
      } else {
        result.add(line);
      }
      if (end >= body.length()) {
        break;
      }
      pos = FrontMatter.next(body, end);
    }
    return result;
  }

  private void line(String line) {
    if (fence != null) {
      String stripped = line.strip();
      if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0))) {
        end();
      } else {
        lines.add(line);
      }
      return;
    }
    if (kind == Kind.HTML) {
      if (line.isBlank()) {
        end();
      } else {
        lines.add(line);
      }
      return;
    }
    if (line.isBlank()) {
      end();
      return;
    }
    Matcher fenceOpen = FENCE.matcher(line);
    if (fenceOpen.matches()) {
      end();
      fence = fenceOpen.group(1);
      kind = Kind.CODE;
      return;
    }
    Matcher atx = ATX.matcher(line);
    if (atx.matches()) {
      end();
      String text = atx.group(2) == null ? "" : stripClosingHashes(atx.group(2));
      start(Kind.HEADING, text);
      end();
      return;
    }
    char rule = thematicBreak(line);
    if (rule != 0) {
      if (kind == Kind.PARAGRAPH && rule == '-') {
        kind = Kind.HEADING;
        end();
      } else {
        end();
        blocks.add(new Block(Kind.BREAK, "", line.strip()));
      }
      return;
    }
    if (kind == Kind.PARAGRAPH && isSetextEquals(line)) {
      kind = Kind.HEADING;
      end();
      return;
    }
    String stripped = line.stripLeading();
    if (stripped.startsWith(">") && leadingSpaces(line) < 4) {
      String inner = stripped.substring(1);
      inner = inner.startsWith(" ") ? inner.substring(1) : inner;
      if (inner.isBlank()) {
        end();
        return;
      }
      if (kind != Kind.QUOTE) {
        end();
        start(Kind.QUOTE, inner);
      } else {
        lines.add(inner);
      }
      return;
    }
    Matcher item = LIST_ITEM.matcher(line);
    if (item.matches()) {
      end();
      start(Kind.LIST_ITEM, item.group(1));
      return;
    }
    if (kind == null && HTML_START.matcher(line).matches()) {
      start(Kind.HTML, line);
      return;
    }
    if (kind == null) {
      start(Kind.PARAGRAPH, line);
    } else {
      lines.add(line);
    }
  }

  private void start(Kind newKind, String firstLine) {
    kind = newKind;
    lines.add(firstLine);
  }

  private void end() {
    if (kind != null) {
      String raw = String.join(" ", lines).strip();
      if (kind == Kind.HTML) {
        for (String paragraph : HtmlBlocks.paragraphs(String.join("\n", lines))) {
          blocks.add(new Block(Kind.HTML, paragraph, raw));
        }
      } else {
        String joined = String.join("\n", lines);
        String text = kind == Kind.CODE ? joined : MarkdownInline.reduce(joined, references);
        text = Paragraphs.normalize(text);
        if (!text.isEmpty()) {
          blocks.add(new Block(kind, text, raw));
        }
      }
    }
    kind = null;
    fence = null;
    lines.clear();
  }

  private static String stripClosingHashes(String text) {
    String t = text.strip();
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '#') {
      end--;
    }
    if (end == 0) {
      return "";
    }
    return end < t.length() && t.charAt(end - 1) == ' ' ? t.substring(0, end).strip() : t;
  }

  /** Return the rule's character for {@code ---}, {@code ***} or {@code ___}, else 0. */
  private static char thematicBreak(String line) {
    if (leadingSpaces(line) > 3) {
      return 0;
    }
    char rule = 0;
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        continue;
      }
      if (rule == 0 && (c == '-' || c == '*' || c == '_')) {
        rule = c;
      } else if (c != rule) {
        return 0;
      }
      count++;
    }
    return count >= 3 ? rule : 0;
  }

  private static boolean isSetextEquals(String line) {
    String t = line.strip();
    return !t.isEmpty() && leadingSpaces(line) < 4 && t.chars().allMatch(c -> c == '=');
  }

  private static int leadingSpaces(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
