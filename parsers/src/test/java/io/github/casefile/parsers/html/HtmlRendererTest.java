package io.github.casefile.parsers.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private final HtmlRenderer renderer = new HtmlRenderer();

  private static Article article(String headline, List<String> authors, String published,
      List<String> paragraphs, String url, String outlet, String language) {
    return Article.builder()
        .id("article:0000000000000000")
        .source(Source.builder().format("text").canonicalUrl(java.util.Optional.ofNullable(url))
            .outlet(java.util.Optional.ofNullable(outlet)).build())
        .headline(java.util.Optional.ofNullable(headline))
        .authors(authors)
        .published(java.util.Optional.ofNullable(published).map(PartialDateTime::parse))
        .language(java.util.Optional.ofNullable(language))
        .paragraphs(paragraphs)
        .build();
  }

  private static final List<Article> ARTICLES = List.of(
      article("Eight defectors arrested near Dandong", List.of("Kim Ga Young", "Lee Sang Yong"),
          "2017-10-27T14:52", List.of(Pages.P1, Pages.P2, Pages.P3),
          "https://example.org/news/1", "Daily NK", "en"),
      article("North - South | talks <resume> & stall", List.of("Mary O'Brien-Smith"),
          "2017-10-27T14:52:09+09:00",
          List.of("Short one.", "A paragraph with <tags>, & ampersands, \"quotes\" and 𝄞 music.",
              "By the way, this paragraph starts like a byline | but is not one."),
          null, null, "ko-KR"),
      article(null, List.of(), null, List.of("Only one short paragraph."), null, "Outlet", null),
      article("סיפור בעברית", List.of("דוד כהן", "Ana de la Cruz", "Jean-Luc Picard"), "2016",
          List.of("טקסט בעברית, מימין לשמאל, עם פסיקים, ונקודות.", Pages.P2),
          "https://example.org/he/2", "חדשות", "he"));

  @Test
  void roundTripsHandBuiltArticlesThroughEveryVariant() {
    for (Article a : ARTICLES) {
      Article expected = renderer.carried(a);
      for (long variant = 0; variant < 32; variant++) {
        byte[] page = renderer.render(a, variant);
        Article parsed = Pages.HTML.parseEach(page, SourceHint.none()).get(0);
        String context = "variant " + variant + ":\n" + new String(page, StandardCharsets.UTF_8);
        assertThat(parsed.headline()).as(context).isEqualTo(expected.headline());
        assertThat(parsed.authors()).as(context).isEqualTo(expected.authors());
        assertThat(parsed.published()).as(context).isEqualTo(expected.published());
        assertThat(parsed.paragraphs()).as(context).isEqualTo(expected.paragraphs());
        assertThat(parsed.source().canonicalUrl()).as(context)
            .isEqualTo(expected.source().canonicalUrl());
        assertThat(parsed.source().outlet()).as(context).isEqualTo(expected.source().outlet());
        assertThat(parsed.language()).as(context).isEqualTo(expected.language());
        assertThat(parsed.id()).as(context).isEqualTo(expected.id());
        assertThat(parsed.warnings()).as(context).isEmpty();
      }
    }
  }

  @Test
  void variesTheMarkupWithTheVariant() {
    Article a = ARTICLES.get(0);
    assertThat(new String(renderer.render(a, 1), StandardCharsets.UTF_8))
        .isNotEqualTo(new String(renderer.render(a, 2), StandardCharsets.UTF_8));
    assertThat(new String(renderer.render(a, 4), StandardCharsets.UTF_8)).contains("<br>");
    assertThat(new String(renderer.render(a, 0), StandardCharsets.UTF_8)).doesNotContain("<br>");
  }

  @Test
  void carriesOnlyWhatHtmlHolds() {
    Article carried = renderer.carried(ARTICLES.get(0));
    assertThat(carried.source().format()).isEqualTo("html");
    assertThat(carried.source().retrieved()).isEmpty();
    assertThat(carried.warnings()).isEmpty();
  }
}
