package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static ImmutableArticle.Builder from(Article article) {
    return Article.builder().from(article);
  }

  @Test
  void buildsAConsistentArticle() {
    assertThat(ArticleJsonTest.sample().incidents()).hasSize(1);
  }

  @Test
  void rejectsAMentionOutsideTheTextNamingTheField() {
    Article a = ArticleJsonTest.sample();
    Actor actor = Actor.builder().from(a.actors().get(0)).addMention(Span.of(70, 90)).build();
    assertThatThrownBy(() -> from(a).actors(java.util.List.of(actor)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("actors[0].mentions[1] [70, 90] lies outside the article text of length 71");
  }

  @Test
  void rejectsADuplicateIdNamingTheField() {
    Article a = ArticleJsonTest.sample();
    Incident twin = Incident.builder().from(a.incidents().get(0)).id("agency:chn-police").build();
    assertThatThrownBy(() -> from(a).incidents(java.util.List.of(twin)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("incidents[0].id 'agency:chn-police' is not unique in the article");
  }

  @Test
  void rejectsAnIncidentDateOutsideTheText() {
    Article a = ArticleJsonTest.sample();
    Incident late = Incident.builder().from(a.incidents().get(0))
        .date(IncidentDate.builder().from(a.incidents().get(0).date().get())
            .span(Span.of(60, 80)).build()).build();
    assertThatThrownBy(() -> from(a).incidents(java.util.List.of(late)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("incidents[0].date.span [60, 80] lies outside the article text of length 71");
  }

  @Test
  void rejectsAVictimReferringToNoActor() {
    Article a = ArticleJsonTest.sample();
    Incident lost = Incident.builder().from(a.incidents().get(0))
        .victims(java.util.List.of(Victim.builder().ref("actor:nobody").description("nobody").build())).build();
    assertThatThrownBy(() -> from(a).incidents(java.util.List.of(lost)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("incidents[0].victims[0].ref 'actor:nobody' does not name an actor of the"
            + " article");
  }

  @Test
  void rejectsAParagraphThatBreaksTheWhiteSpaceRuleWhateverTheSpace() {
    for (String bad : new String[] {"", " ", "a  b", "a ", " a", "a\tb", "a\u00a0b", "a\u3000b",
        "a\u2028b", "a\u0085b", "a\u2009b", "\u201ca \u201d  b"}) {
      assertThatThrownBy(() -> Article.builder().id("article:0")
          .source(Source.builder().format("text").build()).addParagraphs("fine", bad).build())
          .as("'%s'", bad).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("paragraphs[1] is empty or has white space that is not collapsed");
    }
    assertThat(Article.builder().id("article:0").source(Source.builder().format("text").build())
        .addParagraphs("a \u201cb\u201d \u0001c").build().paragraphs()).hasSize(1);
  }

  @Test
  void rejectsABadParagraphHoweverLikeTheGoodOnesCheckedJustBefore() {
    // Paragraphs remembers the paragraphs it checked lately by identity, one per length: an equal
    // length, equal text or a paragraph that normalises to a checked one must not pass for it.
    String good = "word ".repeat(40) + "end";
    String tab = good.replace(' ', '\t');
    String wide = good.replace("word end", "word  end").substring(1);
    Article first = Article.builder().id("article:0")
        .source(Source.builder().format("text").build()).addParagraphs(good).build();
    assertThat(Paragraphs.normalize(tab)).isEqualTo(good);
    for (String bad : new String[] {tab, wide, " " + good.substring(1), good.substring(1) + " "}) {
      assertThat(bad).hasSameSizeAs(good);
      assertThatThrownBy(() -> Article.builder().from(first).paragraphs(List.of(good, bad))
          .build()).as("'%s'", bad).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("paragraphs[1] is empty or has white space that is not collapsed");
    }
  }
}
