package io.github.casefile.parsers.html;

import io.github.casefile.model.Paragraphs;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's elements as paragraphs, as the page shows them: every block element (a
 * {@code <p>}, list item, block quote, {@code <pre>}, subheading, table cell) starts and ends a
 * paragraph, {@code <br><br>} separates paragraphs and a single {@code <br>} is a space. Marked
 * furniture and the heading that repeats the headline are left out.
 */
final class ParagraphWriter {
  static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center",
      "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1",
      "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol",
      "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
      "caption", "ul", "body", "html", "legend", "option", "picture", "img");

  private final Set<Element> skip;
  private final String headlineKey;
  private final SourceInput input;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean pendingBreak;
  // White space seen since the last character written: one space before the next one.
  private boolean pendingSpace;
  private boolean headlineSeen;
  private int nodes;

  ParagraphWriter(Set<Element> skip, String headline, SourceInput input) {
    this.skip = skip;
    this.headlineKey = headline == null ? null : Headlines.key(headline);
    this.input = input;
  }

  /**
   * Write the paragraphs of some elements, in order.
   *
   * @param parts the article's elements
   * @return the paragraphs, normalised, none empty
   */
  List<String> write(List<Element> parts) {
    for (Element part : parts) {
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if ((++nodes & 0xFFF) == 0) {
            input.checkDeadline("writing the article's paragraphs");
          }
          if (paragraphs.size() > input.limits().maxParagraphs()) {
            // One more than the limit is enough for the assembler to drop the rest with a warning.
            return FilterResult.STOP;
          }
          if (node instanceof TextNode) {
            String text = ((TextNode) node).getWholeText();
            if (!text.isBlank()) {
              pendingBreak = false;
            }
            append(text);
            return FilterResult.CONTINUE;
          }
          if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
          }
          Element e = (Element) node;
          if (skip.contains(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          String tag = e.normalName();
          if (tag.equals("br")) {
            if (pendingBreak) {
              flush();
            } else {
              pendingBreak = true;
              pendingSpace = true;
            }
            return FilterResult.CONTINUE;
          }
          if (isHeadline(e, tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (BLOCKS.contains(tag)) {
            flush();
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
            flush();
          }
          return FilterResult.CONTINUE;
        }
      }, part);
      flush();
    }
    return paragraphs;
  }

  private boolean isHeadline(Element e, String tag) {
    if (headlineSeen || headlineKey == null || headlineKey.isEmpty()
        || !(tag.equals("h1") || tag.equals("h2"))) {
      return false;
    }
    String key = Headlines.key(e.text());
    if (!key.isEmpty()
        && (key.equals(headlineKey) || (tag.equals("h1") && headlineKey.contains(key)))) {
      headlineSeen = true;
      return true;
    }
    return false;
  }

  /**
   * Append text with its white space collapsed as {@link Paragraphs#normalize} does, so that a
   * paragraph is normalised as it is written rather than copied again when it ends.
   */
  private void append(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && isWord(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        // A run of characters other than white space is copied at once.
        if (pendingSpace && current.length() > 0) {
          current.append(' ');
        }
        pendingSpace = false;
        current.append(text, start, i);
      }
      while (i < n && !isWord(text.charAt(i))) {
        pendingSpace = true;
        i++;
      }
    }
  }

  private static boolean isWord(char c) {
    return c > ' ' && c < 128 || !Paragraphs.isWhitespace(c);
  }

  private void flush() {
    pendingBreak = false;
    pendingSpace = false;
    if (current.length() == 0) {
      return;
    }
    paragraphs.add(current.toString());
    current.setLength(0);
  }
}
