package io.github.casefile.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.parsers.feed.FeedRenderer;
import io.github.casefile.parsers.frontmatter.FrontMatterRenderer;
import io.github.casefile.parsers.html.HtmlRenderer;
import io.github.casefile.parsers.internal.RoundTrips;
import io.github.casefile.parsers.text.TextRenderer;
import io.github.casefile.parsers.wordpress.WordPressPageRenderer;
import io.github.casefile.parsers.wpjson.WordPressJsonRenderer;
import io.github.casefile.spi.SourceRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With every built-in format registered, each renderer's output goes to its own format: the
 * formats' detection scores do not steal each other's inputs.
 */
class DetectionMatrixTest {
  private static final Casefile ALL = Casefile.builder().extract(false).build();
  private static final List<SourceRenderer> RENDERERS = List.of(new TextRenderer(),
      new HtmlRenderer(), new WordPressPageRenderer(), new FeedRenderer(),
      new WordPressJsonRenderer(), new FrontMatterRenderer());
  private static final int VARIANTS = 16;

  @Test
  void registersEveryBuiltInFormat() {
    assertThat(ALL.formats()).extracting(f -> f.name()).containsExactlyInAnyOrder("text", "html",
        "wordpress", "feed", "wordpress-json", "frontmatter");
  }

  @Test
  void sendsEachRenderedInputToItsOwnFormat() {
    List<String> wrong = new ArrayList<>();
    for (SourceRenderer renderer : RENDERERS) {
      for (Article article : RoundTrips.handBuilt()) {
        for (long variant = 0; variant < VARIANTS; variant++) {
          byte[] bytes = renderer.render(article, variant * 0x9E3779B97F4A7C15L);
          String format = ALL.parseEach(bytes, SourceHint.none()).get(0).source().format();
          if (!accepts(renderer.format(), format)) {
            wrong.add(renderer.format() + " variant " + variant + " went to " + format + ":\n"
                + new String(bytes, StandardCharsets.UTF_8));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void sendsTheSeedToText() throws IOException {
    for (byte[] seed : RoundTrips.seeds()) {
      assertThat(ALL.parseEach(seed, SourceHint.none()).get(0).source().format())
          .isEqualTo("text");
    }
  }

  /** A WordPress page is also a web page: either HTML format may read it, and no other. */
  private static boolean accepts(String rendered, String parsed) {
    Set<String> pages = Set.of("html", "wordpress");
    return rendered.equals(parsed) || (pages.contains(rendered) && pages.contains(parsed));
  }
}
