package io.github.casefile.parsers.feed;

import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Carried;
import io.github.casefile.parsers.internal.ParagraphHtml;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an article as a one-item RSS 2.0 or Atom feed, for round trips through {@link
 * FeedFormat}.
 *
 * <p>Variants (bits of {@code variant}): bit 0 chooses Atom over RSS; bits 1 and 2 choose the body:
 * RSS {@code content:encoded} or {@code description}, escaped or in CDATA; Atom {@code content} as
 * escaped HTML, HTML in CDATA or XHTML, or an HTML {@code summary}; bit 3 changes the namespace
 * prefixes ({@code c:encoded}, {@code atom:}-prefixed Atom); bit 4 writes a date with an offset as
 * RFC 822 {@code pubDate} (RSS) or only as {@code updated} (Atom, read with a warning) instead of
 * {@code dc:date} or {@code published}; bit 5 writes RSS authors as {@code author} with an e-mail
 * address; bit 6 moves the channel's furniture (image, generator, categories) after the item;
 * bits 7 to 10 choose the HTML markup ({@link ParagraphHtml}).
 *
 * <p>What the format cannot carry ({@link #carried}): warnings; paragraphs that are furniture by
 * their text alone ({@link io.github.casefile.parsers.internal.HtmlBlocks#isFurnitureText}); names
 * that {@link io.github.casefile.parsers.internal.Bylines} reads differently; and the input's own
 * name, which the item's link replaces when the article has a canonical URL.
 */
public final class FeedRenderer implements SourceRenderer {
  private static final Set<Carried.Field> FIELDS = Carried.htmlPost();

  /** Create the renderer; it holds no state. */
  public FeedRenderer() {
    // Stateless.
  }


  @Override
  public String format() {
    return FeedFormat.NAME;
  }

  @Override
  public byte[] render(Article article, long variant) {
    String xml = (variant & 1) != 0 ? atom(article, variant) : rss(article, variant);
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String rss(Article article, long variant) {
    String content = (variant & 8) != 0 ? "c" : "content";
    StringBuilder out = new StringBuilder(256 + article.text().length() * 2);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:").append(content)
        .append("=\"http://purl.org/rss/1.0/modules/content/\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
    article.source().outlet().ifPresent(o -> out.append("<title>").append(escape(o))
        .append("</title>\n"));
    out.append("<link>https://example.org/</link>\n")
        .append("<description>Latest news</description>\n");
    article.language().ifPresent(l -> out.append("<language>").append(escape(l))
        .append("</language>\n"));
    boolean furnitureAfter = (variant & 64) != 0;
    if (!furnitureAfter) {
      channelFurniture(out);
    }
    out.append("<item>\n");
    article.headline().ifPresent(h -> out.append("  <title>").append(escape(h))
        .append("</title>\n"));
    article.source().canonicalUrl().ifPresent(u -> out.append("  <link>").append(escape(u))
        .append("</link>\n"));
    out.append("  <guid isPermaLink=\"false\">post-").append(variant & 0xFFFF).append("</guid>\n");
    for (String author : article.authors()) {
      if ((variant & 32) != 0) {
        out.append("  <author>newsroom@example.org (").append(escape(author)).append(")</author>\n");
      } else {
        out.append("  <dc:creator>").append(cdata(author, (variant & 4) != 0))
            .append("</dc:creator>\n");
      }
    }
    article.published().ifPresent(p -> {
      if ((variant & 16) != 0 && p.offset().isPresent()) {
        out.append("  <pubDate>").append(rfc822(p)).append("</pubDate>\n");
      } else {
        out.append("  <dc:date>").append(p).append("</dc:date>\n");
      }
    });
    out.append("  <category><![CDATA[News]]></category>\n");
    String html = ParagraphHtml.render(article.paragraphs(), variant >>> 7);
    boolean cdata = (variant & 4) != 0;
    if ((variant & 2) != 0) {
      out.append("  <description>").append(cdata(html, cdata)).append("</description>\n");
    } else {
      out.append("  <description>").append(escape("<p>A summary.</p>")).append("</description>\n")
          .append("  <").append(content).append(":encoded>").append(cdata(html, cdata))
          .append("</").append(content).append(":encoded>\n");
    }
    out.append("</item>\n");
    if (furnitureAfter) {
      channelFurniture(out);
    }
    return out.append("</channel>\n</rss>\n").toString();
  }

  private static void channelFurniture(StringBuilder out) {
    out.append("<generator>https://wordpress.org/?v=6.4</generator>\n")
        .append("<atom:link href=\"https://example.org/feed/\" rel=\"self\"")
        .append(" type=\"application/rss+xml\"/>\n")
        .append("<image><url>https://example.org/logo.png</url><title>Logo</title>")
        .append("<link>https://example.org/</link></image>\n");
  }

  private static String atom(Article article, long variant) {
    String p = (variant & 8) != 0 ? "atom:" : "";
    StringBuilder out = new StringBuilder(256 + article.text().length() * 2);
    out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(p).append("feed ")
        .append(p.isEmpty() ? "xmlns" : "xmlns:atom")
        .append("=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
    article.language().ifPresent(l -> out.append(" xml:lang=\"").append(escape(l)).append('"'));
    out.append(">\n");
    article.source().outlet().ifPresent(o -> out.append("<").append(p).append("title>")
        .append(escape(o)).append("</").append(p).append("title>\n"));
    out.append("<").append(p).append("id>urn:example:feed</").append(p).append("id>\n");
    if ((variant & 64) != 0) {
      out.append("<").append(p).append("generator>Example</").append(p).append("generator>\n");
    }
    out.append("<").append(p).append("entry>\n");
    article.headline().ifPresent(h -> out.append("  <").append(p).append("title type=\"text\">")
        .append(escape(h)).append("</").append(p).append("title>\n"));
    article.source().canonicalUrl().ifPresent(u -> out.append("  <").append(p)
        .append("link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(u))
        .append("\"/>\n"));
    out.append("  <").append(p).append("link rel=\"replies\" href=\"https://example.org/c\"/>\n");
    for (String author : article.authors()) {
      out.append("  <").append(p).append("author><").append(p).append("name>")
          .append(escape(author)).append("</").append(p).append("name></").append(p)
          .append("author>\n");
    }
    article.published().ifPresent(d -> {
      String element = (variant & 16) != 0 ? "updated" : "published";
      if ((variant & 16) != 0 && d.time().isEmpty()) {
        out.append("  <dc:date>").append(d).append("</dc:date>\n");
      } else {
        out.append("  <").append(p).append(element).append(">").append(d).append("</")
            .append(p).append(element).append(">\n");
      }
    });
    int body = (int) ((variant >>> 1) & 3);
    String html = ParagraphHtml.render(article.paragraphs(), variant >>> 7);
    switch (body) {
      case 1:
        out.append("  <").append(p).append("content type=\"html\">").append(cdata(html, true))
            .append("</").append(p).append("content>\n");
        break;
      case 2:
        out.append("  <").append(p).append("content type=\"xhtml\">")
            .append("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (String paragraph : article.paragraphs()) {
          out.append("<p>").append(escape(paragraph)).append("</p>");
        }
        out.append("</div></").append(p).append("content>\n");
        break;
      case 3:
        out.append("  <").append(p).append("summary type=\"html\">").append(escape(html))
            .append("</").append(p).append("summary>\n");
        break;
      default:
        out.append("  <").append(p).append("summary>A summary.</").append(p).append("summary>\n")
            .append("  <").append(p).append("content type=\"html\">").append(escape(html))
            .append("</").append(p).append("content>\n");
    }
    out.append("</").append(p).append("entry>\n</").append(p).append("feed>\n");
    return out.toString();
  }

  /** Write RFC 822 with four-digit year: {@code Fri, 27 Oct 2017 14:52:00 +0900}. */
  static String rfc822(PartialDateTime value) {
    LocalDate date = value.date().orElseThrow();
    LocalTime time = value.time().orElseThrow();
    ZoneOffset offset = value.offset().orElseThrow();
    String zone = offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
    String clock = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
        + (value.precision() == PartialDateTime.Precision.SECOND
            ? String.format(Locale.ROOT, ":%02d", time.getSecond()) : "");
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + ", "
        + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
        + " " + String.format(Locale.ROOT, "%04d", date.getYear()) + " " + clock + " " + zone;
  }

  private static String cdata(String text, boolean cdata) {
    if (!cdata) {
      return escape(text);
    }
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  /** Escape text for XML content and attributes. */
  static String escape(String text) {
    return ParagraphHtml.escapeAttribute(text);
  }


  @Override
  public Article carried(Article article) {
    return Carried.project(article, FIELDS);
  }
}
