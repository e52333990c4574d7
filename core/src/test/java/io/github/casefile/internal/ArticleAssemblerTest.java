package io.github.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.spi.ArticleDraft;
import io.github.casefile.spi.SourceInput;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {
  private static final SourceInput INPUT =
      SourceInput.of(new byte[] {'x'}, SourceHint.named("in"), Limits.defaults());
  private static final ArticleDraft DRAFT =
      ArticleDraft.builder().headline("H").addParagraph(" a \u00a0 b ").build();

  @Test
  void aDefectInExtractionKeepsTheArticleWithAWarning() {
    ArticleAssembler assembler = new ArticleAssembler((article, limits, deadline) -> {
      throw new NumberFormatException("For input string: \"26.6\"");
    });
    Article article = assembler.assemble(DRAFT, "text", INPUT);
    assertThat(article.paragraphs()).containsExactly("a b");
    assertThat(article.agencies()).isEmpty();
    assertThat(article.warnings()).singleElement().asString()
        .contains("Extraction failed (NumberFormatException").contains("26.6");
  }

  @Test
  void aLimitReachedDuringExtractionStillRaises() {
    ArticleAssembler assembler = new ArticleAssembler((article, limits, deadline) -> {
      throw new LimitExceededException("in", "maxTimePerDocument", 1, "too slow");
    });
    assertThatThrownBy(() -> assembler.assemble(DRAFT, "text", INPUT))
        .isInstanceOf(LimitExceededException.class);
  }
}
