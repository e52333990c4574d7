package io.github.casefile.parsers.html;

import io.github.casefile.parsers.internal.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * What a page states about itself outside its body, gathered in one walk over the elements: meta
 * tags (OpenGraph, Dublin Core, Parse.ly, article:*), JSON-LD, canonical and author links, microdata,
 * {@code <time>} elements, the title and the top-level headings.
 */
final class PageMetadata {
  private static final int MAX_TIMES = 8;
  private static final int MAX_HEADINGS = 8;

  /** Meta names and properties of authors, in the order {@code HtmlReader} tries them. */
  static final List<String> AUTHOR_KEYS = List.of("dc:creator", "dc.creator", "dcterm:creator",
      "dcterms.creator", "author", "article:author", "parsely-author", "sailthru.author", "byl",
      "citation_author", "twitter:creator");

  final Map<String, String> metas = new HashMap<>();
  /** Every value of a repeated author key: Dublin Core gives one creator per element. */
  final Map<String, List<String>> authorMetas = new HashMap<>(4);
  final JsonLd.Facts jsonLd = new JsonLd.Facts();
  String title;
  String canonical;
  String relAuthor;
  String itempropAuthor;
  String itempropPublished;
  String itempropHeadline;
  String htmlLang;
  final List<Element> times = new ArrayList<>();
  final List<String> h1s = new ArrayList<>();

  private PageMetadata() {}

  /**
   * Gather the metadata of a parsed page.
   *
   * @param doc the page
   * @param warnings where unreadable blocks are reported
   * @return the metadata
   */
  static PageMetadata of(Document doc, List<String> warnings) {
    PageMetadata m = new PageMetadata();
    // The root element is the page's <html>; a query is parsed only if it is not.
    Element html = doc.firstElementChild();
    if (html == null || !html.normalName().equals("html")) {
      html = doc.selectFirst("html");
    }
    if (html != null && !html.attr("lang").isBlank()) {
      m.htmlLang = html.attr("lang").trim();
    }
    // One walk over the nodes: getAllElements() would first collect every element in a list.
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        m.visit(e, warnings);
      }
    }, doc);
    return m;
  }

  private void visit(Element e, List<String> warnings) {
    switch (e.normalName()) {
      case "meta":
        meta(e);
        break;
      case "script":
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
          JsonLd.read(scriptText(e), jsonLd, warnings);
        }
        break;
      case "title":
        if (title == null) {
          title = e.text();
        }
        break;
      case "link":
        link(e);
        break;
      case "a":
        if (relAuthor == null && hasToken(e.attr("rel"), "author")) {
          relAuthor = e.text();
        }
        break;
      case "time":
        if (times.size() < MAX_TIMES) {
          times.add(e);
        }
        break;
      case "h1":
        if (h1s.size() < MAX_HEADINGS) {
          h1s.add(e.text());
        }
        break;
      default:
        break;
    }
    if (e.hasAttr("itemprop")) {
      itemprop(e);
    }
  }

  private void meta(Element e) {
    String content = e.hasAttr("content") ? e.attr("content").trim() : null;
    if (content == null || content.isEmpty()) {
      return;
    }
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      String keys = e.attr(attr).trim();
      if (keys.isEmpty()) {
        continue;
      }
      for (String key : Tokens.split(keys)) {
        String k = key.toLowerCase(Locale.ROOT);
        metas.putIfAbsent(k, content);
        if (AUTHOR_KEYS.contains(k)) {
          authorMetas.computeIfAbsent(k, x -> new ArrayList<>(2)).add(content);
        }
      }
    }
  }

  private void link(Element e) {
    String rel = e.attr("rel");
    if (canonical == null && hasToken(rel, "canonical") && !e.attr("href").isBlank()) {
      String href = e.attr("href").trim();
      if (href.startsWith("http://") || href.startsWith("https://")) {
        canonical = href;
      } else {
        // Resolved against the page's address only when relative: resolving costs URL objects.
        String abs = e.absUrl("href");
        canonical = abs.isEmpty() ? href : abs;
      }
    }
  }

  private void itemprop(Element e) {
    String prop = e.attr("itemprop");
    if (itempropPublished == null && hasToken(prop, "datePublished")) {
      itempropPublished = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
    } else if (itempropAuthor == null && hasToken(prop, "author") && !"meta".equals(e.normalName())) {
      Element name = e.selectFirst("[itemprop~=(?i)^name$]");
      itempropAuthor = name != null ? firstNonBlank(name.attr("content"), name.text())
          : firstNonBlank(e.attr("content"), e.text());
    } else if (itempropHeadline == null && hasToken(prop, "headline")
        && !"meta".equals(e.normalName())) {
      itempropHeadline = e.text();
    }
  }

  /**
   * Return the first of some meta values that the page has.
   *
   * @param keys meta names or properties, lower-case
   * @return the value, or null
   */
  String meta(String... keys) {
    for (String key : keys) {
      String v = metas.get(key);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String scriptText(Element script) {
    StringBuilder out = new StringBuilder();
    for (Node child : script.childNodes()) {
      if (child instanceof DataNode) {
        out.append(((DataNode) child).getWholeData());
      } else if (child instanceof org.jsoup.nodes.TextNode) {
        out.append(((org.jsoup.nodes.TextNode) child).getWholeText());
      }
    }
    return out.toString();
  }

  static boolean hasToken(String value, String token) {
    return Tokens.has(value, token);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
