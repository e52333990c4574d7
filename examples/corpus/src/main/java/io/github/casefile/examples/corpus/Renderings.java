package io.github.casefile.examples.corpus;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a composed article as a seed-layout text or as an HTML page with boilerplate. */
final class Renderings {
  private static final DateTimeFormatter BYLINE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Renderings() {}

  /**
   * Render the seed's text layout: headline, {@code Authors \u00a0|\u00a0 date} byline, blank-line
   * separated paragraphs, some with line breaks inside.
   */
  static String seedText(Prose.Draft draft) {
    StringBuilder text = new StringBuilder();
    text.append(draft.headline).append('\n');
    text.append(String.join(" and ", draft.authors)).append(" \u00a0|\u00a0 ")
        .append(BYLINE.format(draft.published)).append("\n\n");
    for (String paragraph : draft.paragraphs) {
      text.append(paragraph).append("\n\n");
    }
    text.append("Advertisements, links and irrelevant comments will be deleted.\n");
    return text.toString();
  }

  /** Render an HTML page with navigation, a sidebar, scripts and a footer around the article. */
  static String html(Prose.Draft draft, SplittableRandom random) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(draft.headline)).append(" | Border Watch</title>\n")
        .append("<meta property=\"article:published_time\" content=\"")
        .append(draft.published).append("\">\n")
        .append("<script>window.analytics = {id: ").append(random.nextInt(100000))
        .append("};</script>\n</head>\n<body>\n")
        .append("<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
            + "<a href=\"/about\">About</a></nav>\n")
        .append("<div class=\"").append(random.nextBoolean() ? "wrap" : "container")
        .append("\">\n<article>\n<h1>").append(escape(draft.headline)).append("</h1>\n")
        .append("<p class=\"byline\">By ").append(escape(String.join(" and ", draft.authors)))
        .append(" <time datetime=\"").append(draft.published).append("\">")
        .append(BYLINE.format(draft.published)).append("</time></p>\n");
    for (String paragraph : draft.paragraphs) {
      html.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    html.append("</article>\n<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/1\">"
        + "More from the border</a></li></ul></aside>\n</div>\n")
        .append("<footer>Copyright Border Watch. All rights reserved.</footer>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
