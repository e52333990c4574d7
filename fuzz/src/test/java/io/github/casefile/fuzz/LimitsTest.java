package io.github.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casefile.Casefile;
import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import io.github.casefile.model.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every limit of {@link Limits}, set small through {@code Casefile.builder().limits(...)}, gives
 * its documented outcome in every source format: {@link LimitExceededException} naming the limit
 * for input bytes, decoded characters, nesting and time; an article cut short with a warning that
 * names the limit for paragraphs and entities. Nesting: JSON deeper than the limit raises; markup
 * (HTML, feed XML) deeper than the limit is flattened by the parser, keeping its text, with a
 * warning that names the limit. {@code maxInflatedBytes} bounds archives and gzip,
 * which none of these formats read (the archive work covers it).
 */
class LimitsTest {
  private static final String SENTENCE = "Chinese police arrested eight defectors near the border.";

  private static List<String> paragraphs(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("Paragraph " + (i + 1) + ": " + SENTENCE);
    }
    return out;
  }

  private static LimitExceededException limitFailure(Formats format, Limits limits, String doc) {
    Casefile casefile = Formats.with(limits);
    return catchThrowableOfType(LimitExceededException.class,
        () -> format.parse(casefile, doc));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void inputBytesOverTheLimitRaiseNamingMaxInputBytes(Formats format) {
    String doc = format.wrap("Headline", paragraphs(40));
    LimitExceededException e = limitFailure(format,
        Limits.builder().maxInputBytes(1000).build(), doc);
    assertThat(e).isNotNull();
    assertThat(e.limit()).isEqualTo("maxInputBytes");
    assertThat(e.getMessage()).contains("maxInputBytes = 1000");
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void decodedCharactersOverTheLimitRaiseNamingMaxChars(Formats format) {
    String doc = format.wrap("Headline", paragraphs(40));
    LimitExceededException e = limitFailure(format, Limits.builder().maxChars(1000).build(), doc);
    assertThat(e).isNotNull();
    assertThat(e.limit()).isEqualTo("maxChars");
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void paragraphsOverTheLimitAreDroppedWithAWarning(Formats format) {
    String doc = format.wrap("Headline", paragraphs(30));
    Article article = format.parse(Formats.with(Limits.builder().maxParagraphs(5).build()), doc);
    assertThat(article.paragraphs()).hasSize(5);
    assertThat(article.paragraphs().get(4)).startsWith("Paragraph 5:");
    assertThat(article.warnings()).anyMatch(w -> w.contains("maxParagraphs"));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void entitiesOverTheLimitAreDroppedWithAWarning(Formats format) {
    List<String> agencies = List.of("The Ministry of State Security and the Ministry of People's"
        + " Security, Human Rights Watch, Amnesty International and the United Nations High"
        + " Commissioner for Refugees met the Ministry of Unification, the Ministry of Foreign"
        + " Affairs and the Korean Workers' Party about the Convention against Torture.");
    Article unlimited = format.parse(Casefile.defaults(), format.wrap("Headline", agencies));
    int found = unlimited.agencies().size() + unlimited.actors().size()
        + unlimited.legalInstruments().size() + unlimited.incidents().size();
    assertThat(found).isGreaterThan(3);
    Article article = format.parse(Formats.with(Limits.builder().maxEntities(2).build()),
        format.wrap("Headline", agencies));
    assertThat(article.agencies().size() + article.actors().size()
        + article.legalInstruments().size() + article.incidents().size()).isEqualTo(2);
    assertThat(article.warnings()).anyMatch(w -> w.contains("maxEntities"));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void timeOverTheLimitRaisesNamingMaxTimePerDocument(Formats format) {
    String doc = format.wrap("Headline", paragraphs(3));
    LimitExceededException e = limitFailure(format,
        Limits.builder().maxTimePerDocument(Duration.ofNanos(1)).build(), doc);
    assertThat(e).isNotNull();
    assertThat(e.limit()).isEqualTo("maxTimePerDocument");
  }

  @ParameterizedTest
  @EnumSource(value = Formats.class, names = {"HTML", "WORDPRESS"})
  void pageMarkupNestedOverTheLimitIsFlattenedWithAWarningKeepingItsText(Formats format) {
    String doc = format.wrapRaw(Hostile.nested(format, 200, SENTENCE));
    Article article = format.parse(Formats.with(Limits.builder().maxNestingDepth(50).build()), doc);
    assertThat(article.text()).contains(SENTENCE);
    assertThat(article.warnings()).anyMatch(w -> w.contains("maxNestingDepth"));
  }

  @ParameterizedTest
  @EnumSource(value = Formats.class, names = {"HTML", "WORDPRESS"})
  void pageMarkupBelowTheNestingLimitHasNoNestingWarning(Formats format) {
    String doc = format.wrapRaw(Hostile.nested(format, 20, SENTENCE));
    Article article = format.parse(Formats.with(Limits.builder().maxNestingDepth(50).build()), doc);
    assertThat(article.warnings()).noneMatch(w -> w.contains("maxNestingDepth"));
  }

  @ParameterizedTest
  @EnumSource(Formats.class)
  void bodiesNestedFarBeyondTheLimitStillGiveTheirText(Formats format) {
    String doc = format.wrapRaw(Hostile.nested(format, 5_000, SENTENCE));
    Article article = format.parse(Formats.with(Limits.builder().maxNestingDepth(50).build()), doc);
    assertThat(article.text()).contains(SENTENCE);
  }

  @Test
  void feedXmlNestedOverTheLimitIsFlattenedWithAWarning() {
    Article article = Formats.FEED.parse(
        Formats.with(Limits.builder().maxNestingDepth(50).build()), Hostile.deepFeed(200));
    assertThat(article.text()).contains("Police arrested eight defectors.");
    assertThat(article.warnings()).anyMatch(w -> w.contains("maxNestingDepth"));
  }

  @Test
  void jsonNestedOverTheLimitRaisesNamingMaxNestingDepth() {
    LimitExceededException e = limitFailure(Formats.WORDPRESS_JSON,
        Limits.builder().maxNestingDepth(50).build(), Hostile.deepJsonField(200));
    assertThat(e).isNotNull();
    assertThat(e.limit()).isEqualTo("maxNestingDepth");
  }

  @Test
  void jsonNestedBelowTheLimitIsRead() {
    Article article = Formats.WORDPRESS_JSON.parse(
        Formats.with(Limits.builder().maxNestingDepth(50).build()), Hostile.deepJsonField(20));
    assertThat(article.text()).contains("Police arrested eight defectors.");
  }
}
