package io.github.casefile.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import org.junit.jupiter.api.Test;

class NewsArticlesTest {
  @Test
  void theSameSeedWritesTheSameArticles() {
    NewsArticles a = new NewsArticles(3);
    NewsArticles b = new NewsArticles(3);
    for (int i = 0; i < 5; i++) {
      assertThat(b.next(i)).isEqualTo(a.next(i));
    }
  }

  @Test
  void articlesReadLikeNewsReports() {
    Article article = new NewsArticles(3).next(4);
    assertThat(article.paragraphs()).hasSizeBetween(6, 18);
    assertThat(article.text().length()).isGreaterThan(1000);
    assertThat(article.headline()).hasValueSatisfying(h -> {
      assertThat(Character.isUpperCase(h.charAt(0))).isTrue();
      assertThat(h).doesNotEndWith(".");
    });
    assertThat(article.authors()).isNotEmpty();
    assertThat(article.source().canonicalUrl()).hasValueSatisfying(
        u -> assertThat(u).startsWith("https://").endsWith("-4"));
    assertThat(article.published()).isPresent();
  }
}
