package io.github.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.model.Incident;
import io.github.casefile.model.Victim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and numbers from the wild (impossible, zero, huge, future) give articles, with a warning
 * where a value the article's metadata needs could not be read, through the whole pipeline of every
 * format: never an exception or an overflow.
 */
class WildValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2017-02-30 14:52", "0000-01-01 00:00", "99999-01-01 10:00",
      "2017-13-45 25:61", "9999999999999999999999-01-01 00:00", "2999-12-31 23:59"})
  void aWildBylineDateGivesAnArticle(String date) {
    String doc = "Headline\nKim Ga Young | " + date + "\n\nPolice arrested eight defectors.\n";
    Article article = Formats.TEXT.parse(Fuzzing.CASEFILE, doc);
    assertThat(article.paragraphs()).isNotEmpty();
    article.published().ifPresent(p -> assertThat(p.toString()).doesNotContain("-02-30"));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void impossibleDatesInTheBodyGiveAnArticle(Formats format) {
    Article article = format.parse(Fuzzing.CASEFILE, format.wrap("Headline", List.of(
        "Police arrested eight defectors on February 30, 2017 and on 0000-01-01.",
        "In the year 99999 and on 2017-02-30 and on 31/31/2017 more were caught.",
        "On December 31, 2999 the Ministry of State Security raided a house in Dandong.")));
    assertThat(article.paragraphs()).hasSize(3);
    for (Incident incident : article.incidents()) {
      incident.date().flatMap(d -> d.value()).ifPresent(v -> {
        assertThat(v.toString()).doesNotContain("-02-30").doesNotStartWith("0000");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void hugeCountsGiveAnArticleWithoutOverflow(Formats format) {
    Article article = format.parse(Fuzzing.CASEFILE, format.wrap("Headline", List.of(
        "Police arrested 9999999999999999999999 defectors near the border last month.",
        "Police arrested -5 defectors and 2147483648 defectors and 1e400 defectors in Dandong.")));
    assertThat(article.paragraphs()).hasSize(2);
    for (Incident incident : article.incidents()) {
      for (Victim victim : incident.victims()) {
        victim.count().ifPresent(c -> assertThat(c).isPositive());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-02-30T14:52:00", "0000-00-00T00:00:00", "99999-01-01T00:00:00",
      "9999999999999999999999", "2999-12-31T23:59:59+99:00"})
  void aWildJsonDateGivesAnArticle(String date) {
    String doc = "{\"date\": \"" + date + "\", \"content\": {\"rendered\":"
        + " \"<p>Police arrested eight defectors.</p>\"}}";
    Article article = Formats.WORDPRESS_JSON.parse(Fuzzing.CASEFILE, doc);
    assertThat(article.paragraphs()).isNotEmpty();
  }
}
