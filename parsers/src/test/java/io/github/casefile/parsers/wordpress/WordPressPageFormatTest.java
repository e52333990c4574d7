package io.github.casefile.parsers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.parsers.html.HtmlFormat;
import io.github.casefile.spi.SourceInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPressPageFormatTest {
  private static final String P1 = "Police in Dandong arrested eight defectors last month, a source"
      + " said, adding that the group had been hiding in a safe house near the border for weeks.";
  private static final String P2 = "Activists say the raids have grown since the start of the "
      + "year, with informants paid for every tip they give to the police, and more arrests.";
  private static final String PAGE = "<!DOCTYPE html><html lang=\"en-US\"><head>"
      + "<title>Eight defectors arrested &#8211; Daily NK</title>"
      + "<meta name=\"generator\" content=\"WordPress 4.8.2\">"
      + "<link rel=\"stylesheet\" href=\"https://example.org/wp-content/themes/x/style.css\">"
      + "</head><body class=\"post-template-default single single-post\">"
      + "<div id=\"page\" class=\"site\"><header class=\"site-header\">Daily NK</header>"
      + "<div id=\"content\" class=\"site-content\"><article class=\"post type-post\">"
      + "<header class=\"entry-header\"><h1 class=\"entry-title\">Eight defectors arrested</h1>"
      + "<div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"entry-date "
      + "published\" datetime=\"2017-10-27T14:52:00+09:00\">October 27, 2017</time>"
      + "<time class=\"updated\" datetime=\"2017-10-28T09:00:00+09:00\">October 28</time>"
      + "</span><span class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" "
      + "href=\"/author/kim\">Kim Ga Young</a></span></span></div></header>"
      + "<div class=\"entry-content\"><p>" + P1 + "</p><div class=\"sharedaddy sd-sharing\">"
      + "<a href=\"#\">Share this</a></div><p>" + P2 + "</p></div></article>"
      + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"entry-title\">A reply</h2>"
      + "<p>First comment, which is long enough to be mistaken for text by a careless reader."
      + "</p></div></div></div></body></html>";

  @Test
  void readsTheThemeMarkup() {
    Casefile casefile = Casefile.builder()
        .formats(List.of(new HtmlFormat(), new WordPressPageFormat())).extract(false).build();
    Article a = casefile.parse(PAGE, SourceHint.named("dailynk.html"));
    assertThat(a.source().format()).isEqualTo("wordpress");
    assertThat(a.headline()).hasValue("Eight defectors arrested");
    assertThat(a.authors()).containsExactly("Kim Ga Young");
    assertThat(a.published().map(Object::toString)).hasValue("2017-10-27T14:52:00+09:00");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.language()).hasValue("en-US");
  }

  @Test
  void scoresAboveGenericHtmlOnWordPressPagesOnly() {
    SourceInput wp = input(PAGE);
    assertThat(new WordPressPageFormat().detect(wp)).isGreaterThan(new HtmlFormat().detect(wp));
    SourceInput plain = input("<!DOCTYPE html><html><body><p>" + P1 + "</p></body></html>");
    assertThat(new WordPressPageFormat().detect(plain)).isLessThan(new HtmlFormat().detect(plain));
    assertThat(new WordPressPageFormat().detect(input("wp-content entry-content"))).isZero();
  }

  @Test
  void fallsBackToTheGenericExtractionWithoutThemeContent() {
    String page = "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"WordPress 6.1\">"
        + "</head><body><nav><a href=\"/\">Home</a></nav><main><div><p>" + P1 + "</p><p>" + P2
        + "</p></div></main></body></html>";
    Article a = Casefile.builder().formats(List.of(new WordPressPageFormat())).extract(false)
        .build().parse(page, SourceHint.none());
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  private static SourceInput input(String text) {
    return SourceInput.of(text.getBytes(StandardCharsets.UTF_8), SourceHint.named("p.html"),
        Limits.defaults());
  }
}
