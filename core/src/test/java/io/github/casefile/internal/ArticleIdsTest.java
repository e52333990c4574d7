package io.github.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void theCanonicalUrlAloneDecidesTheIdWhenDeclared() {
    assertThat(ArticleIds.of("https://x/a", "h1", null, "t1"))
        .isEqualTo(ArticleIds.of("https://x/a", "h2", "2017", "t2"));
  }

  @Test
  void withoutACanonicalUrlHeadlineDateAndTextDecide() {
    String id = ArticleIds.of(null, "h", "2017-10-27T14:52", "text");
    assertThat(id).matches("article:[0-9a-f]{16}");
    assertThat(ArticleIds.of(null, "h", "2017-10-27", "text")).isNotEqualTo(id);
    assertThat(ArticleIds.of(null, "h", "2017-10-27T14:52", "text")).isEqualTo(id);
  }
}
