package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Limits;
import io.github.casefile.model.Actor;
import io.github.casefile.model.Agency;
import io.github.casefile.model.Article;
import io.github.casefile.model.Incident;
import io.github.casefile.model.LegalInstrument;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.model.Source;
import io.github.casefile.model.Span;
import io.github.casefile.model.StateAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractionEngineTest {
  private static final ExtractionEngine ENGINE = new ExtractionEngine(Knowledge.defaults());
  private static Article seed;

  static Article article(String published, List<String> paragraphs) {
    return Article.builder().id("article:test").source(Source.builder().format("text").build())
        .published(Optional.ofNullable(published).map(PartialDateTime::parse))
        .paragraphs(paragraphs).build();
  }

  static Article extract(Article article) {
    return ENGINE.extract(article, Limits.defaults(), System.nanoTime() + 60_000_000_000L);
  }

  @BeforeAll
  static void readSeed() throws IOException {
    Path file = Path.of("../seeds/dailynk-2017-10-27-authorities-resort-to-all-tactics.txt");
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    String[] blocks = raw.split("\\n\\s*\\n");
    for (int i = 2; i < blocks.length; i++) {
      String p = Paragraphs.normalize(blocks[i].replace(
          "Advertisements, links with an http address and inappropriate language will be deleted.",
          ""));
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    seed = extract(article("2017-10-27T14:52", paragraphs));
  }

  private static Agency agency(String id) {
    return seed.agencies().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static LegalInstrument instrument(String id) {
    return seed.legalInstruments().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static List<String> texts(List<Span> spans) {
    return spans.stream().map(s -> s.textOf(seed.text())).toList();
  }

  @Test
  void keepsTheNorthKoreanAndChineseMinistriesOfStateSecurityApart() {
    Agency prk = agency("agency:prk-mss");
    Agency chn = agency("agency:chn-mss");
    assertThat(prk.country()).contains("PRK");
    assertThat(chn.country()).contains("CHN");
    assertThat(texts(prk.mentions())).contains("North Koreas Ministry of State Security", "MSS")
        .doesNotContain("Chinas Ministry of State Security");
    assertThat(texts(chn.mentions())).containsExactly("Chinas Ministry of State Security");
  }

  @Test
  void theArticleNameInParenthesesBecomesAnAliasOfChinesePolice() {
    Agency police = agency("agency:chn-police");
    assertThat(texts(police.mentions())).contains("Chinese police",
        "Ministry of Peoples Security", "police");
    assertThat(seed.agencies()).noneMatch(a -> a.id().equals("agency:prk-mps"));
  }

  @Test
  void findsTheConventionAgainstTortureWithArticle3AndChinasRatification() {
    LegalInstrument cat = instrument("instrument:cat");
    assertThat(cat.provisions()).extracting(p -> p.label()).containsExactly("Article 3");
    assertThat(cat.provisions().get(0).span().textOf(seed.text())).isEqualTo("Article 3");
    StateAction action = cat.actions().get(0);
    assertThat(action.state()).isEqualTo("CHN");
    assertThat(action.action().toString().toLowerCase()).isEqualTo("ratified");
    assertThat(action.date()).hasValueSatisfying(d -> assertThat(d).hasToString("1988-10-04"));
  }

  @Test
  void theTextWinsChinaSignedTheRefugeeConventionIn1982() {
    LegalInstrument refugee = instrument("instrument:refugee-convention");
    assertThat(refugee.provisions()).extracting(p -> p.label()).containsExactly("Article 33");
    assertThat(refugee.actions()).singleElement().satisfies(a -> {
      assertThat(a.state()).isEqualTo("CHN");
      assertThat(a.action().toString().toLowerCase()).isEqualTo("signed");
      assertThat(a.date()).hasValueSatisfying(d -> assertThat(d).hasToString("1982"));
    });
  }

  @Test
  void findsThe1986ProtocolTheCoiReportAndTheUnResolutions() {
    LegalInstrument protocol = instrument("instrument:prk-chn-1986-border-protocol");
    assertThat(protocol.actions()).extracting(StateAction::state)
        .containsExactlyInAnyOrder("CHN", "PRK");
    assertThat(protocol.actions()).allSatisfy(a ->
        assertThat(a.date()).hasValueSatisfying(d -> assertThat(d).hasToString("1986")));
    assertThat(instrument("instrument:coi-dprk-report-2014").year()).contains(2014);
    assertThat(instrument("instrument:un-dprk-human-rights-resolutions").mentions()).isNotEmpty();
  }

  @Test
  void findsTheArrestOfEightNearTheLaosChinaBorderLastMonth() {
    Incident arrest = seed.incidents().stream()
        .filter(i -> i.evidence().textOf(seed.text()).startsWith("Last month, Chinese police"))
        .findFirst().orElseThrow();
    assertThat(arrest.type().toString().toLowerCase()).isEqualTo("arrest");
    assertThat(arrest.specific()).isTrue();
    assertThat(arrest.date().flatMap(d -> d.value())).hasValueSatisfying(
        d -> assertThat(d).hasToString("2017-09"));
    assertThat(arrest.location()).hasValueSatisfying(l -> {
      assertThat(l.text()).isEqualTo("near the Laos-China border");
      assertThat(l.countries()).containsExactlyInAnyOrder("LAO", "CHN");
    });
    assertThat(arrest.victims()).singleElement().satisfies(v ->
        assertThat(v.count()).contains(8L));
    assertThat(arrest.perpetrators()).contains("agency:chn-police");
  }

  @Test
  void findsTheGroupOfTenFromNorthPyonganProvince() {
    Incident caught = seed.incidents().stream()
        .filter(i -> i.evidence().textOf(seed.text()).contains("a group of ten"))
        .findFirst().orElseThrow();
    assertThat(caught.type().toString().toLowerCase()).isEqualTo("arrest");
    assertThat(caught.victims()).singleElement().satisfies(v ->
        assertThat(v.count()).contains(10L));
  }

  @Test
  void namesPeopleAndGroups() {
    assertThat(seed.actors()).extracting(Actor::name).contains("Kim Jong Un", "defectors",
        "brokers", "missionaries", "Conspiracy Research Officers");
    Actor defectors = seed.actors().stream().filter(a -> a.name().equals("defectors"))
        .findFirst().orElseThrow();
    assertThat(defectors.country()).contains("PRK");
  }

  @Test
  void numbersIncidentsInTheOrderOfTheirEvidence() {
    List<Incident> incidents = seed.incidents();
    for (int i = 0; i < incidents.size(); i++) {
      assertThat(incidents.get(i).id()).isEqualTo("incident:" + (i + 1));
      if (i > 0) {
        assertThat(incidents.get(i).evidence()).isGreaterThanOrEqualTo(
            incidents.get(i - 1).evidence());
      }
    }
  }

  @Test
  void absurdCountsGiveWarningsNotOverflows() {
    Article out = extract(article(null, List.of(
        "Police arrested 9999999999999999999999 defectors near the border.")));
    assertThat(out.warnings()).filteredOn(w -> w.contains("not believable")).hasSize(1);
    assertThat(out.incidents()).singleElement().satisfies(i ->
        assertThat(i.victims()).allSatisfy(v -> assertThat(v.count()).isEmpty()));
  }

  @Test
  void keepsEntitiesWithinTheLimit() {
    Article in = article(null, List.of("Human Rights Watch, Amnesty International and the"
        + " United Nations met Chinese police and North Korean border guards."));
    Article out = ENGINE.extract(in, Limits.builder().maxEntities(2).build(),
        System.nanoTime() + 60_000_000_000L);
    assertThat(out.agencies().size() + out.actors().size()).isLessThanOrEqualTo(2);
    assertThat(out.warnings()).anyMatch(w -> w.contains("maxEntities"));
  }

  @Test
  void readsAPersonBeforeAPresentTenseReportingVerb() {
    Article out = extract(article("2020-10-01", List.of("Things are unlikely to deteriorate to the"
        + " point of collapse, reckons Andrei Lankov of Kookmin University in Seoul.")));
    assertThat(out.actors()).extracting(Actor::name).contains("Andrei Lankov");
  }

  @Test
  void aCapitalisedRunAfterTheArticleIsNoPersonNorIsAnyPartOfIt() {
    Article out = extract(article("2020-10-01", List.of(
        "As Trent Hamm at The Simple Dollar explains, the habit is costly.",
        "New Zealand is involved in the Pacific Islands Forum, the Pacific Community and others.",
        "Without the Major Arcana, the cards of Tarot are rough.")));
    assertThat(out.actors()).extracting(Actor::name).doesNotContain("Simple Dollar",
        "Pacific Islands Forum", "Islands Forum", "Major Arcana", "Arcana");
  }
}
