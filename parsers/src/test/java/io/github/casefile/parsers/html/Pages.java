package io.github.casefile.parsers.html;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.parsers.wordpress.WordPressPageFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses small hand-written pages with the HTML formats only, extraction off. */
final class Pages {
  static final Casefile HTML = Casefile.builder().formats(List.of(new HtmlFormat()))
      .extract(false).build();
  static final Casefile BOTH = Casefile.builder()
      .formats(List.of(new HtmlFormat(), new WordPressPageFormat())).extract(false).build();

  private Pages() {}

  static Article parse(String html) {
    return parse(html.getBytes(StandardCharsets.UTF_8), "page.html");
  }

  static Article parse(byte[] bytes, String name) {
    return HTML.parseEach(bytes, SourceHint.named(name)).get(0);
  }

  /** Wrap body markup in a page with some paragraphs of filler the scorer will keep apart. */
  static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  static String article(String... paragraphs) {
    StringBuilder out = new StringBuilder("<article><div class=\"story\">");
    for (String p : paragraphs) {
      out.append("<p>").append(p).append("</p>");
    }
    return out.append("</div></article>").toString();
  }

  static final String P1 = "Police in Dandong arrested eight defectors last month, according to a"
      + " source in the region, who said the group had been hiding in a safe house for weeks.";
  static final String P2 = "The arrests follow a pattern of raids that activists say has grown"
      + " since the beginning of the year, with informants paid for every tip, and more.";
  static final String P3 = "Human rights groups urged China to honour the Refugee Convention,"
      + " which forbids returning people to a country where they face persecution, they said.";
}
