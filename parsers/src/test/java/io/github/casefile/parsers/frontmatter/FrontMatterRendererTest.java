package io.github.casefile.parsers.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.parsers.internal.Inputs;
import io.github.casefile.parsers.internal.RoundTrips;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrontMatterRendererTest {
  private final FrontMatterFormat format = new FrontMatterFormat();
  private final FrontMatterRenderer renderer = new FrontMatterRenderer();

  @Test
  void roundTripsHandBuiltArticlesInEveryVariant() {
    for (Article article : RoundTrips.handBuilt()) {
      for (long variant = 0; variant < 256; variant++) {
        RoundTrips.check(format, renderer, article, variant);
      }
    }
  }

  @Test
  void writesYamlOrHeaderLinesByVariant() {
    Article article = RoundTrips.handBuilt().get(0);
    assertThat(new String(renderer.render(article, 0), StandardCharsets.UTF_8))
        .startsWith("---\n");
    assertThat(new String(renderer.render(article, 1), StandardCharsets.UTF_8))
        .startsWith("Title: ");
    assertThat(new String(renderer.render(article, 8), StandardCharsets.UTF_8))
        .contains("](https://example.org/").contains("![");
  }

  @Test
  void escapesWhatWouldReadAsMarkup() {
    assertThat(FrontMatterRenderer.escapeParagraph("1. Not a list")).isEqualTo("1\\. Not a list");
    assertThat(FrontMatterRenderer.escapeParagraph("- nor this")).isEqualTo("\\- nor this");
    assertThat(FrontMatterRenderer.escapeParagraph("By the way")).isEqualTo("&#66;y the way");
    assertThat(FrontMatterRenderer.escapeInline("*a* [b]")).isEqualTo("\\*a\\* \\[b\\]");
  }

  @Test
  void rendersWhatItsFormatDetects() {
    for (Article article : RoundTrips.handBuilt()) {
      for (long variant = 0; variant < 64; variant++) {
        assertThat(format.detect(Inputs.of(renderer.render(article, variant), "a.md")))
            .as("variant %d", variant).isGreaterThanOrEqualTo(80);
      }
    }
  }

  @Test
  void namesItsFormat() {
    assertThat(renderer.format()).isEqualTo(format.name());
  }
}
