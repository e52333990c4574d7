package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.model.Article;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import io.github.casefile.spi.SourceRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shows that the contract fails formats that break it, naming the seed. */
class SourceFormatContractTest {
  /** The contract over a given format and renderer. */
  static final class Fixture implements SourceFormatContract {
    private final SourceFormat format;
    private final SourceRenderer renderer;

    Fixture(SourceFormat format, SourceRenderer renderer) {
      this.format = format;
      this.renderer = renderer;
    }

    @Override
    public SourceFormat format() {
      return format;
    }

    @Override
    public SourceRenderer renderer() {
      return renderer;
    }

    @Override
    public List<byte[]> realInputs() {
      return new JsonArticleFormatContractTest().realInputs();
    }
  }

  /** Renders without the headline but claims to carry it. */
  static final class HeadlessRenderer implements SourceRenderer {
    private final JsonArticleRenderer json = new JsonArticleRenderer();

    @Override
    public String format() {
      return json.format();
    }

    @Override
    public byte[] render(Article article, long variant) {
      return json.render(Article.builder().from(article).headline("Fixed").build(), variant);
    }

    @Override
    public Article carried(Article article) {
      return article;
    }
  }

  /** Reads JSON, but fails with an Error on anything else, as a broken native parser might. */
  static final class ErrorFormat implements SourceFormat {
    private final JsonArticleFormat json = new JsonArticleFormat();

    @Override
    public String name() {
      return json.name();
    }

    @Override
    public String description() {
      return "throws an Error";
    }

    @Override
    public int detect(SourceInput input) {
      return 100;
    }

    @Override
    public List<ArticleDraft> parse(SourceInput input) {
      if (input.length() > 0 && input.head()[0] != '{') {
        throw new LinkageError("scripted error");
      }
      return json.parse(input);
    }
  }

  @Test
  void theKnownGoodFormatPassesDetection() {
    assertThatCode(() -> new Fixture(new JsonArticleFormat(), new JsonArticleRenderer())
        .detectsRealInputsAndNoForeignOnes()).doesNotThrowAnyException();
  }

  @Test
  void aRendererThatLosesAFieldFailsTheRoundTrip() {
    assertThatThrownBy(() -> new Fixture(new JsonArticleFormat(), new HeadlessRenderer())
        .parsingARenderedArticleGivesBackWhatTheFormatCarries())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("casefile-json round trip failed with seed");
  }

  @Test
  void aFormatThatThrowsAnErrorFailsTheDamagedInputProperty() {
    assertThatThrownBy(() -> new Fixture(new ErrorFormat(), new JsonArticleRenderer())
        .damagedInputsGiveArticlesOrACasefileException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LinkageError")
        .hasMessageContaining("bytes:");
  }

  @Test
  void aFormatThatClaimsEverythingFailsDetection() {
    assertThatThrownBy(() -> new Fixture(new ErrorFormat(), new JsonArticleRenderer())
        .detectsRealInputsAndNoForeignOnes())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("claims a foreign input");
  }
}
