package io.github.casefile.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import org.junit.jupiter.api.Test;

/** Inputs on which extraction once failed, parsed end to end by the default facade. */
class ExtractionRegressionTest {
  private static final Casefile CASEFILE = Casefile.defaults();

  @Test
  void aDecimalNumberDoesNotLoseTheArticle() {
    // Found by the benchmarks on 16 html-dev pages: DateFinder read "26.6" as a four-character
    // year with Integer.parseInt and threw NumberFormatException, so the article was lost.
    Article article = CASEFILE.parse("Headline here\n\nBy Someone\n\nJust the nbt data for this"
        + " payload is 26.6 megabytes. But luckily it compresses.\n\nA chip costs $0.50, version"
        + " 1.2.3 shipped in 2014.5 and 1.000.000 units sold.\n", SourceHint.named("n1.txt"));
    assertThat(article.paragraphs()).hasSize(2);
  }
}
