package io.github.casefile.fuzz;

import io.github.casefile.Casefile;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Wraps a headline and paragraphs in the smallest document each source format reads, so that one
 * hostile body can be fed to every format; and parses with the format forced, so detection cannot
 * hide what a parser does.
 */
enum Formats {
  TEXT("text", "a.txt") {
    @Override
    String wrap(String headline, List<String> paragraphs) {
      return headline + "\nKim Ga Young | 2017-10-27 14:52\n\n" + String.join("\n\n", paragraphs)
          + "\n";
    }

    @Override
    String wrapRaw(String raw) {
      return "Headline\nKim Ga Young | 2017-10-27 14:52\n\n" + raw;
    }
  },
  HTML("html", "a.html") {
    @Override
    String wrap(String headline, List<String> paragraphs) {
      return wrapRaw(paragraphs.stream().map(p -> "<p>" + Markup.escape(p) + "</p>")
          .reduce("", String::concat)).replace("<h1>Headline", "<h1>" + Markup.escape(headline));
    }

    @Override
    String wrapRaw(String body) {
      return "<!DOCTYPE html><html lang=\"en\"><head><title>Headline</title></head><body>"
          + "<article><h1>Headline</h1><div class=\"entry-content\">" + body
          + "</div></article></body></html>";
    }
  },
  WORDPRESS("wordpress", "a.html") {
    @Override
    String wrap(String headline, List<String> paragraphs) {
      return wrapRaw(paragraphs.stream().map(p -> "<p>" + Markup.escape(p) + "</p>")
          .reduce("", String::concat)).replace(">Headline</h1>", ">" + Markup.escape(headline)
          + "</h1>");
    }

    @Override
    String wrapRaw(String body) {
      return "<!DOCTYPE html><html lang=\"en-US\"><head><title>Headline</title>"
          + "<meta name=\"generator\" content=\"WordPress 4.8.2\"></head>"
          + "<body class=\"single single-post\"><article class=\"post type-post\">"
          + "<h1 class=\"entry-title\">Headline</h1><div class=\"entry-content\">" + body
          + "</div></article></body></html>";
    }
  },
  FEED("feed", "a.xml") {
    @Override
    String wrap(String headline, List<String> paragraphs) {
      return wrapRaw(paragraphs.stream().map(p -> "<p>" + Markup.escape(p) + "</p>")
          .reduce("", String::concat)).replace("<title>Headline", "<title>"
          + Markup.escape(headline));
    }

    @Override
    String wrapRaw(String body) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
          + "<title>Site</title><item><title>Headline</title>"
          + "<link>https://example.org/a</link>"
          + "<pubDate>Fri, 27 Oct 2017 14:52:00 +0900</pubDate>"
          + "<description>" + Markup.escape(body) + "</description></item></channel></rss>";
    }
  },
  WORDPRESS_JSON("wordpress-json", "a.json") {
    @Override
    String wrap(String headline, List<String> paragraphs) {
      return wrapRaw(paragraphs.stream().map(p -> "<p>" + Markup.escape(p) + "</p>")
          .reduce("", String::concat)).replace("\"rendered\": \"Headline\"", "\"rendered\": \""
          + Markup.json(headline) + "\"");
    }

    @Override
    String wrapRaw(String body) {
      return "{\"date\": \"2017-10-27T14:52:00\", \"link\": \"https://example.org/a\","
          + " \"title\": {\"rendered\": \"Headline\"},"
          + " \"content\": {\"rendered\": \"" + Markup.json(body) + "\"}}";
    }
  },
  FRONTMATTER("frontmatter", "a.md") {
    @Override
    String wrap(String headline, List<String> paragraphs) {
      return "---\ntitle: \"" + Markup.json(headline) + "\"\ndate: 2017-10-27 14:52\n---\n\n"
          + String.join("\n\n", paragraphs) + "\n";
    }

    @Override
    String wrapRaw(String raw) {
      return "---\ntitle: Headline\ndate: 2017-10-27 14:52\n---\n\n" + raw;
    }
  };

  final String formatName;
  final String fileName;

  Formats(String formatName, String fileName) {
    this.formatName = formatName;
    this.fileName = fileName;
  }

  /** Return a document of this format holding the headline and paragraphs as plain text. */
  abstract String wrap(String headline, List<String> paragraphs);

  /** Return a document of this format whose body is {@code raw}, in the format's own markup. */
  abstract String wrapRaw(String raw);

  /** Return whether the format's body is markup (HTML) rather than text lines. */
  boolean markupBody() {
    return this != TEXT && this != FRONTMATTER;
  }

  SourceHint hint() {
    return SourceHint.builder().uri(fileName).format(formatName).build();
  }

  Article parse(Casefile casefile, String document) {
    return parse(casefile, document.getBytes(StandardCharsets.UTF_8));
  }

  Article parse(Casefile casefile, byte[] document) {
    return casefile.parseEach(document, hint()).get(0);
  }

  static Casefile with(Limits limits) {
    return Casefile.builder().limits(limits).build();
  }
}
