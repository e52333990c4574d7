package io.github.casefile.parsers.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Inputs;
import io.github.casefile.parsers.internal.RoundTrips;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedRendererTest {
  private final FeedFormat format = new FeedFormat();
  private final FeedRenderer renderer = new FeedRenderer();

  @Test
  void roundTripsHandBuiltArticlesInEveryVariant() {
    for (Article article : RoundTrips.handBuilt()) {
      for (long variant = 0; variant < 256; variant++) {
        RoundTrips.check(format, renderer, article, variant);
      }
      for (long variant = 256; variant < 2048; variant += 128) {
        RoundTrips.check(format, renderer, article, variant);
      }
    }
  }

  @Test
  void writesRssOrAtomByVariant() {
    Article article = RoundTrips.handBuilt().get(0);
    String rss = new String(renderer.render(article, 0), StandardCharsets.UTF_8);
    String atom = new String(renderer.render(article, 1), StandardCharsets.UTF_8);
    assertThat(rss).contains("<rss").contains("<content:encoded>");
    assertThat(atom).contains("<feed").contains("<entry>");
    assertThat(new String(renderer.render(article, 2 | 4), StandardCharsets.UTF_8))
        .contains("<description><![CDATA[");
  }

  @Test
  void writesRfc822Dates() {
    assertThat(FeedRenderer.rfc822(PartialDateTime.parse("2017-10-27T14:52:00+09:00")))
        .isEqualTo("Fri, 27 Oct 2017 14:52:00 +0900");
    assertThat(FeedRenderer.rfc822(PartialDateTime.parse("2017-10-27T14:52Z")))
        .isEqualTo("Fri, 27 Oct 2017 14:52 +0000");
  }

  @Test
  void rendersWhatItsFormatDetects() {
    for (long variant = 0; variant < 32; variant++) {
      assertThat(format.detect(Inputs.of(renderer.render(RoundTrips.handBuilt().get(2), variant),
          "f"))).isGreaterThanOrEqualTo(90);
    }
  }

  @Test
  void namesItsFormat() {
    assertThat(renderer.format()).isEqualTo(format.name());
  }
}
