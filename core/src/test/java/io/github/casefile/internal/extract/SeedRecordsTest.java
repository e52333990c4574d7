package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Agency;
import io.github.casefile.model.Article;
import io.github.casefile.model.Incident;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.LegalInstrument;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.StateAction;
import io.github.casefile.model.StateActionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's key records, one assertion each, so that a regression names what broke. */
class SeedRecordsTest {
  private static Article seed;

  @BeforeAll
  static void extractSeed() throws IOException {
    String raw = Files.readString(
        Path.of("../seeds/dailynk-2017-10-27-authorities-resort-to-all-tactics.txt"),
        StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    for (String block : raw.split("\\n\\s*\\n")) {
      String p = Paragraphs.normalize(block);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    seed = ExtractionEngineTest.extract(ExtractionEngineTest.article("2017-10-27T14:52",
        paragraphs));
  }

  private static Agency agency(String id) {
    return seed.agencies().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static LegalInstrument instrument(String id) {
    return seed.legalInstruments().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static List<Incident> incidents(IncidentType type) {
    return seed.incidents().stream().filter(i -> i.type() == type).toList();
  }

  private static String evidence(Incident i) {
    return i.evidence().textOf(seed.text());
  }

  @Test
  void keepsBothMinistriesOfStateSecurityApartByCountry() {
    assertThat(agency("agency:prk-mss").country()).contains("PRK");
    assertThat(agency("agency:chn-mss").country()).contains("CHN");
    assertThat(agency("agency:prk-mss").mentions()).hasSizeGreaterThan(
        agency("agency:chn-mss").mentions().size());
  }

  @Test
  void findsEveryAgency() {
    assertThat(seed.agencies()).extracting(Agency::id).containsExactlyInAnyOrder(
        "agency:prk-government", "agency:kor-daily-nk", "agency:chn-police",
        "agency:chn-government", "agency:prk-mss", "agency:chn-mss", "agency:chn-border-guards",
        "agency:int-hrw", "agency:un", "agency:chn-foreign-ministry", "agency:un-coi-dprk");
  }

  @Test
  void findsTheConventionAgainstTortureWithArticle3AndChinasRatification() {
    LegalInstrument cat = instrument("instrument:cat");
    assertThat(cat.provisions()).extracting(p -> p.label()).containsExactly("Article 3");
    assertThat(cat.actions()).singleElement().satisfies(a -> {
      assertThat(a.state()).isEqualTo("CHN");
      assertThat(a.action()).isEqualTo(StateActionType.RATIFIED);
      assertThat(a.date()).hasValueSatisfying(d -> assertThat(d).hasToString("1988-10-04"));
    });
  }

  @Test
  void findsTheRefugeeConventionWithArticle33AndChinasSignatureOf1982() {
    LegalInstrument refugees = instrument("instrument:refugee-convention");
    assertThat(refugees.provisions()).extracting(p -> p.label()).containsExactly("Article 33");
    assertThat(refugees.actions()).singleElement().satisfies(a -> {
      assertThat(a.state()).isEqualTo("CHN");
      assertThat(a.action()).isEqualTo(StateActionType.SIGNED);
      assertThat(a.date()).hasValueSatisfying(d -> assertThat(d).hasToString("1982"));
    });
  }

  @Test
  void findsThe1986ProtocolSignedByBothStates() {
    assertThat(instrument("instrument:prk-chn-1986-border-protocol").actions())
        .extracting(StateAction::state).containsExactlyInAnyOrder("CHN", "PRK");
  }

  @Test
  void findsThe2014CoiReportAndTheUnResolutions() {
    assertThat(instrument("instrument:coi-dprk-report-2014").year()).contains(2014);
    assertThat(instrument("instrument:un-dprk-human-rights-resolutions").mentions())
        .isNotEmpty();
  }

  @Test
  void findsTheTenIncidentsAndNoMore() {
    assertThat(seed.incidents()).hasSize(10);
  }

  @Test
  void findsTheArrestOfEightInSeptember2017AndTheGroupOfTen() {
    assertThat(incidents(IncidentType.ARREST)).hasSize(2);
    assertThat(incidents(IncidentType.ARREST)).anySatisfy(i -> {
      assertThat(i.date().flatMap(d -> d.value())).hasValueSatisfying(
          d -> assertThat(d).hasToString("2017-09"));
      assertThat(i.victims()).singleElement().satisfies(v -> assertThat(v.count()).contains(8L));
    });
    assertThat(incidents(IncidentType.ARREST)).anySatisfy(i ->
        assertThat(i.victims()).singleElement().satisfies(v -> {
          assertThat(v.count()).contains(10L);
          assertThat(v.description()).contains("North Pyongan Province");
        }));
  }

  @Test
  void findsTheRaidsTheDetentionsAfterTipsAndTheRepatriationProtocol() {
    assertThat(incidents(IncidentType.RAID)).singleElement()
        .satisfies(i -> assertThat(evidence(i)).contains("sudden raids by the police"));
    assertThat(incidents(IncidentType.DETENTION)).singleElement().satisfies(i -> {
      assertThat(evidence(i)).contains("anonymous tip");
      assertThat(i.victims()).noneSatisfy(v -> assertThat(v.description()).contains(
          "missionaries"));
    });
    assertThat(incidents(IncidentType.REPATRIATION)).singleElement()
        .satisfies(i -> assertThat(evidence(i)).contains("official protocol"));
  }

  @Test
  void findsTheRewardsTheGoldTheSurveillanceAndTheSpies() {
    assertThat(incidents(IncidentType.BRIBERY)).singleElement()
        .satisfies(i -> assertThat(evidence(i)).contains("gold"));
    assertThat(incidents(IncidentType.INFORMANT)).hasSize(2)
        .anySatisfy(i -> assertThat(evidence(i)).contains("providing money to citizens"))
        .anySatisfy(i -> assertThat(evidence(i)).contains("act as spies"));
    assertThat(incidents(IncidentType.SURVEILLANCE)).hasSize(2);
  }

  @Test
  void takesNoIncidentFromAConventionTitleOrAnArticlesText() {
    assertThat(incidents(IncidentType.TORTURE)).isEmpty();
    assertThat(seed.incidents()).noneSatisfy(i ->
        assertThat(evidence(i)).startsWith("Article 3 forbids"));
  }
}
