package io.github.casefile.parsers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.parsers.html.HtmlFormat;
import io.github.casefile.parsers.internal.Samples;
import io.github.casefile.spi.SourceInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPressPageFormatTest {

  @Test
  void readsTheThemeMarkup() {
    Casefile casefile = Casefile.builder()
        .formats(List.of(new HtmlFormat(), new WordPressPageFormat())).extract(false).build();
    Article a = casefile.parse(Samples.WP_PAGE, SourceHint.named("dailynk.html"));
    assertThat(a.source().format()).isEqualTo("wordpress");
    assertThat(a.headline()).hasValue("Eight defectors arrested");
    assertThat(a.authors()).containsExactly("Kim Ga Young");
    assertThat(a.published().map(Object::toString)).hasValue("2017-10-27T14:52:00+09:00");
    assertThat(a.paragraphs()).containsExactly(Samples.WP_P1, Samples.WP_P2);
    assertThat(a.language()).hasValue("en-US");
  }

  @Test
  void scoresAboveGenericHtmlOnWordPressPagesOnly() {
    SourceInput wp = input(Samples.WP_PAGE);
    assertThat(new WordPressPageFormat().detect(wp)).isGreaterThan(new HtmlFormat().detect(wp));
    SourceInput plain = input("<!DOCTYPE html><html><body><p>" + Samples.WP_P1
        + "</p></body></html>");
    assertThat(new WordPressPageFormat().detect(plain)).isLessThan(new HtmlFormat().detect(plain));
    assertThat(new WordPressPageFormat().detect(input("wp-content entry-content"))).isZero();
  }

  @Test
  void fallsBackToTheGenericExtractionWithoutThemeContent() {
    String page = "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"WordPress 6.1\">"
        + "</head><body><nav><a href=\"/\">Home</a></nav><main><div><p>" + Samples.WP_P1
        + "</p><p>" + Samples.WP_P2
        + "</p></div></main></body></html>";
    Article a = Casefile.builder().formats(List.of(new WordPressPageFormat())).extract(false)
        .build().parse(page, SourceHint.none());
    assertThat(a.paragraphs()).containsExactly(Samples.WP_P1, Samples.WP_P2);
  }

  private static SourceInput input(String text) {
    return SourceInput.of(text.getBytes(StandardCharsets.UTF_8), SourceHint.named("p.html"),
        Limits.defaults());
  }
}
