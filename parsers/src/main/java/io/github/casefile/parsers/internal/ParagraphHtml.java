package io.github.casefile.parsers.internal;

import java.util.List;

/**
 * Writes paragraphs as an HTML fragment for the renderers of the parsers module, varying the markup
 * (plain {@code <p>}, WordPress block comments and classes, {@code <br><br>} runs, wrappers,
 * captioned figures, scripts, inline emphasis and links) so that {@link HtmlBlocks} reads back the
 * same paragraphs from every variant. Internal to the parsers module.
 */
public final class ParagraphHtml {
  /** How many variant bits {@link #render} reads. */
  public static final int BITS = 4;

  private ParagraphHtml() {}

  /**
   * Write paragraphs as HTML.
   *
   * @param paragraphs normalised paragraphs
   * @param variant selects the markup; only the low {@value #BITS} bits are read
   * @return the fragment
   */
  public static String render(List<String> paragraphs, long variant) {
    int style = (int) (variant & 3);
    boolean furniture = (variant & 4) != 0;
    boolean inline = (variant & 8) != 0;
    StringBuilder out = new StringBuilder();
    if (style == 1) {
      out.append("<div class=\"entry-content\">\n");
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String body = inline ? inline(paragraphs.get(i), i) : escape(paragraphs.get(i));
      switch (style) {
        case 1:
          out.append("<!-- wp:paragraph -->\n<p class=\"has-text-align-left\">").append(body)
              .append("</p>\n<!-- /wp:paragraph -->\n\n");
          break;
        case 2:
          if (i > 0) {
            out.append("<br>\n<br />");
          }
          out.append(body);
          break;
        case 3:
          out.append("<section><div>\n  <p>").append(body).append("</p>\n</div></section>");
          break;
        default:
          out.append("<p>").append(body).append("</p>\n");
      }
      if (furniture && i == 0) {
        out.append(style == 2 ? "<br><br>" : "")
            .append("<figure class=\"wp-block-image\"><img src=\"/photo.jpg\" alt=\"A photo\">")
            .append("<figcaption>A caption that is not text</figcaption></figure>\n")
            .append("<script>var tracking = \"<p>not text</p>\";</script>\n");
      }
    }
    if (style == 1) {
      out.append("</div>\n");
    }
    if (furniture) {
      out.append("<div class=\"sharedaddy\"><a href=\"/share\">Share this</a></div>\n");
    }
    return out.toString();
  }

  /**
   * Escape text for HTML or XML content.
   *
   * @param text the text
   * @return the text with {@code &}, {@code <} and {@code >} escaped
   */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * Escape text for XML content and double-quoted attributes.
   *
   * @param text the text
   * @return the text with {@code &}, {@code <}, {@code >} and {@code "} escaped
   */
  public static String escapeAttribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean quotes) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(quotes ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
    return out.toString();
  }


  /** Wrap one word in emphasis, and another in a link when the paragraph has more words. */
  private static String inline(String paragraph, int index) {
    int space = paragraph.indexOf(' ');
    if (space < 0) {
      return "<em>" + escape(paragraph) + "</em>";
    }
    String first = paragraph.substring(0, space);
    String rest = paragraph.substring(space);
    String tag = index % 2 == 0 ? "strong" : "a href=\"https://example.org/" + index + "\"";
    String close = index % 2 == 0 ? "strong" : "a";
    return "<" + tag + ">" + escape(first) + "</" + close + ">" + escape(rest);
  }
}
