package io.github.casefile.parsers.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.casefile.internal.ArticleIds;
import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import io.github.casefile.parsers.internal.Bylines;
import io.github.casefile.spi.SourceRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Entities;

/**
 * Writes an article as a realistic web page for {@link HtmlFormat}'s round trips: a site header
 * with navigation, a sidebar, a share bar, related links, comments, a cookie notice and a footer
 * around the article, with JSON-LD, OpenGraph meta and a canonical link in the head. The {@code
 * variant} chooses the template, random class names, how deep the body is nested, where the
 * furniture goes and whether paragraphs are {@code <p>} elements or separated by {@code <br><br>},
 * so that {@code parse(render(a))} tests the boilerplate removal rather than one template.
 * The format carries headline, authors, published, paragraphs, canonical URL, outlet and language;
 * {@link #carried} gives the names as the format reads them back (a leading "By" and user handles
 * go) and, without a stated date, the day the canonical URL's path spells.
 *
 * <p>With {@link Theme#WORDPRESS} the same page is written as a WordPress theme writes it
 * (generator tag, {@code wp-content} paths, {@code .entry-title}, {@code .entry-meta} and {@code
 * .entry-content}), for the {@code wordpress} format's round trips.
 */
public final class HtmlRenderer implements SourceRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The markup a page is written with. */
  public enum Theme {
    /** Generic news-site markup with random class names; read by the {@code html} format. */
    GENERIC,
    /** A WordPress theme's markup; read by the {@code wordpress} format. */
    WORDPRESS
  }

  private final Theme theme;

  /** Create a renderer of generic pages; it holds no state. */
  public HtmlRenderer() {
    this(Theme.GENERIC);
  }

  /**
   * Create a renderer of pages in a theme's markup.
   *
   * @param theme the markup to write
   */
  public HtmlRenderer(Theme theme) {
    this.theme = java.util.Objects.requireNonNull(theme, "theme");
  }

  @Override
  public String format() {
    return theme == Theme.WORDPRESS ? "wordpress" : "html";
  }

  @Override
  public byte[] render(Article article, long variant) {
    Random random = new Random(variant);
    int template = (int) Math.floorMod(variant, 4L);
    boolean brParagraphs = (variant & 4) != 0;
    boolean sidebarFirst = (variant & 8) != 0;
    boolean furnitureInside = (variant & 16) != 0;
    StringBuilder out = new StringBuilder(4096 + article.text().length() * 2);
    out.append("<!DOCTYPE html>\n<html");
    article.language().ifPresent(l -> out.append(" lang=\"").append(attr(l)).append('"'));
    out.append(">\n<head>\n<meta charset=\"utf-8\">\n");
    article.headline().ifPresent(h -> out.append("<title>").append(text(h))
        .append(article.source().outlet().map(o -> " | " + text(o)).orElse(""))
        .append("</title>\n"));
    article.headline().ifPresent(h -> meta(out, "og:title", h));
    article.source().outlet().ifPresent(o -> meta(out, "og:site_name", o));
    article.source().canonicalUrl().ifPresent(u -> {
      meta(out, "og:url", u);
      out.append("<link rel=\"canonical\" href=\"").append(attr(u)).append("\">\n");
    });
    boolean wordpress = theme == Theme.WORDPRESS;
    if (wordpress) {
      out.append("<meta name=\"generator\" content=\"WordPress 6.").append(random.nextInt(5))
          .append("\">\n");
    }
    out.append("<link rel=\"stylesheet\" href=\"")
        .append(wordpress ? "/wp-content/themes/" : "/static/").append(token(random))
        .append(".css\">\n<script>window.").append(token(random))
        .append(" = {ready: true, n: 1 < 2};</script>\n");
    out.append("<script type=\"application/ld+json\">").append(jsonLd(article, random))
        .append("</script>\n</head>\n<body class=\"").append(token(random)).append("\">\n");
    if (template != 3) {
      cookieNotice(out, random);
    }
    siteHeader(out, article, random);
    String[] layout = {token(random), token(random)};
    out.append("<div class=\"").append(layout[0]).append("\">\n");
    if (sidebarFirst) {
      sidebar(out, random);
    }
    int depth = random.nextInt(5);
    for (int i = 0; i < depth; i++) {
      out.append("<div class=\"").append(token(random)).append("\">\n");
    }
    String container = wordpress || template == 0 ? "article" : template == 1 ? "main" : "div";
    out.append('<').append(container).append(" class=\"")
        .append(wordpress ? "post type-post hentry" : token(random)).append("\">\n");
    article.headline().ifPresent(h -> out.append(wordpress ? "<h1 class=\"entry-title\">" : "<h1>")
        .append(text(h)).append("</h1>\n"));
    if (wordpress) {
      entryMeta(out, article);
    } else {
      byline(out, article, random);
    }
    if (furnitureInside) {
      shareBar(out, random);
    }
    body(out, article, random, brParagraphs, wordpress ? "entry-content" : token(random));
    if (furnitureInside) {
      related(out, random);
    }
    out.append("</").append(container).append(">\n");
    for (int i = 0; i < depth; i++) {
      out.append("</div>\n");
    }
    if (!furnitureInside) {
      shareBar(out, random);
      related(out, random);
    }
    comments(out, random);
    if (!sidebarFirst) {
      sidebar(out, random);
    }
    out.append("</div>\n");
    footer(out, article, random, template);
    if (template == 3) {
      cookieNotice(out, random);
    }
    out.append("</body>\n</html>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Article carried(Article article) {
    Source source = Source.builder()
        .format(format())
        .uri(article.source().uri())
        .canonicalUrl(article.source().canonicalUrl())
        .outlet(article.source().outlet())
        .build();
    return Article.builder()
        .id(ArticleIds.of(article.source().canonicalUrl().orElse(null),
            article.headline().orElse(null), published(article).map(Object::toString).orElse(null),
            article.text()))
        .source(source)
        .headline(article.headline())
        .authors(authors(article))
        .published(published(article))
        .language(article.language())
        .paragraphs(article.paragraphs())
        .build();
  }

  /**
   * Return the names the page carries: JSON-LD's, as {@link Bylines#structured} reads each (a
   * leading "By", handles, links and addresses go); when none is left, the visible byline's, as
   * {@link Bylines#fromPage} reads it.
   */
  private List<String> authors(Article article) {
    List<String> names = new java.util.ArrayList<>();
    for (String author : article.authors()) {
      Bylines.structured(author).filter(n -> !names.contains(n)).ifPresent(names::add);
    }
    if (!names.isEmpty() || article.authors().isEmpty()) {
      return names;
    }
    List<String> bylines = theme == Theme.WORDPRESS ? article.authors()
        : List.of("By " + String.join(", ", article.authors()));
    for (String byline : bylines) {
      for (String name : Bylines.fromPage(byline)) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * Return the date the page carries: the article's, or else the one its canonical URL's path
   * spells, which the format reads as a last resort.
   */
  private static Optional<PartialDateTime> published(Article article) {
    return article.published().isPresent() ? article.published()
        : DateTexts.fromUrl(article.source().canonicalUrl().orElse(null));
  }

  private static void body(StringBuilder out, Article article, Random random, boolean br,
      String className) {
    out.append("<div class=\"").append(className).append("\">\n");
    List<String> paragraphs = article.paragraphs();
    if (br) {
      for (int i = 0; i < paragraphs.size(); i++) {
        if (i > 0) {
          out.append(random.nextBoolean() ? "<br><br>\n" : "<br>\n<br>\n");
        }
        out.append(text(paragraphs.get(i)));
      }
      out.append('\n');
    } else {
      for (String p : paragraphs) {
        out.append("<p>").append(text(p)).append("</p>\n");
      }
    }
    out.append("</div>\n");
  }

  private static void byline(StringBuilder out, Article article, Random random) {
    if (article.authors().isEmpty() && article.published().isEmpty()) {
      return;
    }
    String[] classes = {"byline", "author-info", "article-byline", "dateline"};
    out.append("<div class=\"").append(classes[random.nextInt(classes.length)]).append("\">");
    if (!article.authors().isEmpty()) {
      out.append("By ");
      List<String> authors = article.authors();
      for (int i = 0; i < authors.size(); i++) {
        if (i > 0) {
          out.append(i == authors.size() - 1 ? " and " : ", ");
        }
        out.append("<span>").append(text(authors.get(i))).append("</span>");
      }
    }
    article.published().ifPresent(p -> out.append(" <time datetime=\"").append(attr(p.toString()))
        .append("\">").append(text(p.toString())).append("</time>"));
    out.append("</div>\n");
  }

  /** Write a WordPress theme's entry meta: the date, then each author as an hCard link. */
  private static void entryMeta(StringBuilder out, Article article) {
    if (article.authors().isEmpty() && article.published().isEmpty()) {
      return;
    }
    out.append("<div class=\"entry-meta\">");
    article.published().ifPresent(p -> out.append("<span class=\"posted-on\">Posted on ")
        .append("<time class=\"entry-date published\" datetime=\"").append(attr(p.toString()))
        .append("\">").append(text(p.toString())).append("</time></span>"));
    if (!article.authors().isEmpty()) {
      out.append("<span class=\"byline\"> by ");
      for (String author : article.authors()) {
        out.append("<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/\">")
            .append(text(author)).append("</a></span> ");
      }
      out.append("</span>");
    }
    out.append("</div>\n");
  }

  private static void siteHeader(StringBuilder out, Article article, Random random) {
    out.append("<header class=\"").append(token(random)).append("\">\n<a href=\"/\">")
        .append(text(article.source().outlet().orElse("Home"))).append("</a>\n");
    boolean nav = random.nextBoolean();
    out.append(nav ? "<nav>" : "<div role=\"navigation\">");
    out.append("<ul>");
    for (String item : new String[] {"World", "Politics", "Human rights", "Opinion", "About us"}) {
      out.append("<li><a href=\"/").append(token(random)).append("\">").append(item)
          .append("</a></li>");
    }
    out.append("</ul>").append(nav ? "</nav>" : "</div>").append("\n</header>\n");
  }

  private static void sidebar(StringBuilder out, Random random) {
    out.append("<aside class=\"").append(token(random)).append("\">\n<h3>Most read</h3>\n<ol>");
    for (int i = 0; i < 3 + random.nextInt(4); i++) {
      out.append("<li><a href=\"/story/").append(token(random)).append("\">Story number ")
          .append(i + 1).append(" that everyone is reading today</a></li>");
    }
    out.append("</ol>\n<p>Advertisement</p>\n</aside>\n");
  }

  private static void shareBar(StringBuilder out, Random random) {
    String[] classes = {"share-bar", "social-share", "sharing-tools", "share"};
    out.append("<div class=\"").append(classes[random.nextInt(classes.length)]).append("\">");
    for (String network : new String[] {"Facebook", "Twitter", "E-mail", "Print"}) {
      out.append("<a href=\"#").append(token(random)).append("\">Share on ").append(network)
          .append("</a> ");
    }
    out.append("</div>\n");
  }

  private static void related(StringBuilder out, Random random) {
    String[] classes = {"related-articles", "related", "recommended-stories", "more-related"};
    out.append("<section class=\"").append(classes[random.nextInt(classes.length)])
        .append("\">\n<h2>Related</h2>\n<ul>");
    for (int i = 0; i < 2 + random.nextInt(3); i++) {
      out.append("<li><a href=\"/related/").append(token(random))
          .append("\">An earlier report on the same events, part ").append(i + 1)
          .append("</a></li>");
    }
    out.append("</ul>\n</section>\n");
  }

  private static void comments(StringBuilder out, Random random) {
    String[] ids = {"comments", "comment-section", "disqus_thread", "article-comments"};
    out.append("<section id=\"").append(ids[random.nextInt(ids.length)]).append("\">\n")
        .append("<h2>Comments</h2>\n");
    for (int i = 0; i < random.nextInt(3); i++) {
      out.append("<div><b>reader").append(i).append("</b><p>I have been following this story")
          .append(" for years, and this report, like the others, leaves me with questions.</p>")
          .append("</div>\n");
    }
    out.append("<p>Advertisements, links and abusive comments will be deleted.</p>\n")
        .append("</section>\n");
  }

  private static void cookieNotice(StringBuilder out, Random random) {
    String[] classes = {"cookie-banner", "cookie-notice", "gdpr-consent", "consent-box"};
    out.append("<div class=\"").append(classes[random.nextInt(classes.length)])
        .append("\"><p>We use cookies to improve your experience, measure our audience and show")
        .append(" you relevant advertising. By continuing you accept this.</p>")
        .append("<button>Accept</button></div>\n");
  }

  private static void footer(StringBuilder out, Article article, Random random, int template) {
    out.append(template == 2 ? "<div role=\"contentinfo\" class=\"" : "<footer class=\"")
        .append(token(random)).append("\">\n<p>Copyright ")
        .append(text(article.source().outlet().orElse("the publisher")))
        .append(". All rights reserved. Contact us, privacy policy, terms of use.</p>\n")
        .append(template == 2 ? "</div>\n" : "</footer>\n");
  }

  private static String jsonLd(Article article, Random random) {
    ObjectNode node = JSON.createObjectNode();
    node.put("@context", "https://schema.org");
    String[] types = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"};
    node.put("@type", types[random.nextInt(types.length)]);
    article.headline().ifPresent(h -> node.put("headline", h));
    article.published().ifPresent(p -> node.put("datePublished", p.toString()));
    if (!article.authors().isEmpty()) {
      if (article.authors().size() == 1 && random.nextBoolean()) {
        ObjectNode person = node.putObject("author");
        person.put("@type", "Person");
        person.put("name", article.authors().get(0));
      } else {
        ArrayNode authors = node.putArray("author");
        for (String name : article.authors()) {
          authors.addObject().put("@type", "Person").put("name", name);
        }
      }
    }
    article.source().outlet().ifPresent(o -> {
      ObjectNode publisher = node.putObject("publisher");
      publisher.put("@type", "Organization");
      publisher.put("name", o);
    });
    article.source().canonicalUrl().ifPresent(u -> node.put("url", u));
    Object root = node;
    if (random.nextInt(3) == 0) {
      ObjectNode graph = JSON.createObjectNode();
      graph.put("@context", "https://schema.org");
      ArrayNode items = graph.putArray("@graph");
      items.addObject().put("@type", "WebSite").put("name", "Site");
      node.remove("@context");
      items.add(node);
      root = graph;
    }
    try {
      // "</" would close the script element early.
      return JSON.writeValueAsString(root).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static void meta(StringBuilder out, String property, String content) {
    out.append("<meta property=\"").append(property).append("\" content=\"").append(attr(content))
        .append("\">\n");
  }

  /** Return a class name that reads as nothing: a letter and hex digits. */
  private static String token(Random random) {
    return "x" + Integer.toHexString(0x10000 + random.nextInt(0xEFFFF));
  }

  private static String text(String s) {
    return Entities.escape(s);
  }

  private static String attr(String s) {
    return Entities.escape(s).replace("\"", "&quot;");
  }
}
