package io.github.casefile.parsers.wpjson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.parsers.internal.Inputs;
import io.github.casefile.parsers.internal.RoundTrips;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordPressJsonRendererTest {
  private final WordPressJsonFormat format = new WordPressJsonFormat();
  private final WordPressJsonRenderer renderer = new WordPressJsonRenderer();

  @Test
  void roundTripsHandBuiltArticlesInEveryVariant() {
    for (Article article : RoundTrips.handBuilt()) {
      for (long variant = 0; variant < 512; variant += variant < 32 ? 1 : 7) {
        RoundTrips.check(format, renderer, article, variant);
      }
    }
  }

  @Test
  void variesTheOutput() {
    Article article = RoundTrips.handBuilt().get(0);
    String object = new String(renderer.render(article, 0), StandardCharsets.UTF_8);
    String array = new String(renderer.render(article, 1), StandardCharsets.UTF_8);
    assertThat(object).startsWith("{").contains("\"_embedded\"");
    assertThat(array).startsWith("[");
    assertThat(new String(renderer.render(article, 1L << 5), StandardCharsets.UTF_8))
        .isNotEqualTo(object);
  }

  @Test
  void rendersWhatItsFormatDetects() {
    for (Article article : RoundTrips.handBuilt()) {
      for (long variant = 0; variant < 16; variant++) {
        assertThat(format.detect(Inputs.of(renderer.render(article, variant), "p.json")))
            .isGreaterThanOrEqualTo(90);
      }
    }
  }

  @Test
  void namesItsFormat() {
    assertThat(renderer.format()).isEqualTo(format.name());
  }
}
