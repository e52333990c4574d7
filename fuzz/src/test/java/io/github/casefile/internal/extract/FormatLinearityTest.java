package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated worst cases for the regular expressions and scanners of every format and of
 * extraction: each format ends with an article, and ten times the input costs at most eleven
 * times the work, counted (extraction's steps through its package-private {@link Work} counter,
 * plus the characters the format produced), never timed. Lives in extraction's package to read the
 * counter; it drives the formats exactly as a caller does.
 */
class FormatLinearityTest {
  private static final String[] FORMATS = {"text", "html", "wordpress", "feed", "wordpress-json",
      "frontmatter"};
  private static final String[] UNITS = {
      "Ministry Of State Security Commission Bureau Human Rights Watch Kim Jong Un Party ",
      "Article 1 ",
      "January February March April May June July August September October November December ",
      "1234 5678 99 0 2017 1,000,000 3.5 ",
      "Ministry of ",
      "By Kim Ga Young | 2017-10-27 14:52 ",
      "<p> <b> &amp; &#8217; ] ]] >>> --- *** ",
      "Police arrested eight defectors. "};
  private static final Casefile NO_EXTRACTION = Casefile.builder().extract(false).build();

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String format : FORMATS) {
      for (String unit : UNITS) {
        out.add(Arguments.of(format, unit, true));
        out.add(Arguments.of(format, unit, false));
      }
    }
    return out.stream();
  }

  /** Return the work of one document: extraction steps plus the characters the format wrote. */
  private static long work(String format, String unit, int repeat, boolean oneLine) {
    List<String> paragraphs = new ArrayList<>();
    if (oneLine) {
      paragraphs.add(unit.repeat(repeat).trim());
    } else {
      for (int i = 0; i < repeat / 10; i++) {
        paragraphs.add(unit.repeat(10).trim());
      }
    }
    String doc = document(format, paragraphs);
    Article article = NO_EXTRACTION.parseEach(doc.getBytes(StandardCharsets.UTF_8),
        SourceHint.builder().uri("a").format(format).build()).get(0);
    assertThat(article.paragraphs()).isNotEmpty();
    Work work = Work.unbounded();
    new DocumentExtraction(Knowledge.defaults(), article, Limits.defaults(), work).run();
    return work.steps() + article.text().length();
  }

  private static String document(String format, List<String> paragraphs) {
    StringBuilder html = new StringBuilder();
    for (String p : paragraphs) {
      html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
    }
    String json = html.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    return switch (format) {
      case "text" -> "Headline\nKim Ga Young | 2017-10-27 14:52\n\n"
          + String.join("\n\n", paragraphs) + "\n";
      case "frontmatter" -> "---\ntitle: Headline\n---\n\n" + String.join("\n\n", paragraphs);
      case "html", "wordpress" -> "<html><head><title>Headline</title>"
          + "<meta name=\"generator\" content=\"WordPress 5\"></head><body><article>"
          + "<h1 class=\"entry-title\">Headline</h1><div class=\"entry-content\">" + html
          + "</div></article></body></html>";
      case "feed" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>H"
          + "</title><description>" + html.toString().replace("&", "&amp;").replace("<", "&lt;")
          + "</description></item></channel></rss>";
      case "wordpress-json" -> "{\"title\": {\"rendered\": \"Headline\"}, \"content\":"
          + " {\"rendered\": \"" + json + "\"}}";
      default -> throw new IllegalArgumentException(format);
    };
  }

  @ParameterizedTest(name = "{0} {2} \"{1}\"")
  @MethodSource("cases")
  void tenTimesTheInputCostsAtMostElevenTimesTheWork(String format, String unit,
      boolean oneLine) {
    long small = work(format, unit, 300, oneLine);
    long large = work(format, unit, 3000, oneLine);
    assertThat((double) large / small).as("work %d then %d", small, large)
        .isLessThanOrEqualTo(11.0);
  }
}
