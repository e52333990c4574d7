package io.github.casefile.internal.extract;

import static io.github.casefile.internal.extract.ExtractionEngineTest.article;
import static io.github.casefile.internal.extract.ExtractionEngineTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.model.Incident;
import io.github.casefile.model.IncidentType;
import io.github.casefile.model.Victim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The incident rules, each on a sentence shaped like the reporting that broke it. */
class IncidentFinderTest {
  private static List<Incident> incidents(String... paragraphs) {
    Article out = extract(article("2020-09-25", List.of(paragraphs)));
    return out.incidents();
  }

  private static Optional<Long> count(Incident x) {
    return x.victims().isEmpty() ? Optional.empty() : x.victims().get(0).count();
  }

  @Test
  void theDayOfADateIsNotAVictimCount() {
    assertThat(incidents("The officials were shot by firing squad on July 30 after speaking out."))
        .singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo(IncidentType.EXECUTION);
          assertThat(count(x)).isNotEqualTo(Optional.of(30L));
        });
  }

  @Test
  void anAgeOrAPriceIsNotAVictimCount() {
    // uncounted victims, so the sentence's other numbers would be taken for their count
    assertThat(incidents("The defectors who fled aged 13 have described the famine."))
        .singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo(IncidentType.CROSSING);
          assertThat(x.victims()).isNotEmpty();
          assertThat(count(x)).isEmpty();
        });
    assertThat(incidents("The women were sold to traffickers for $260 cash.")).singleElement()
        .satisfies(x -> {
          assertThat(x.type()).isEqualTo(IncidentType.TRAFFICKING);
          assertThat(x.victims()).isNotEmpty();
          assertThat(count(x)).isEmpty();
        });
  }

  @Test
  void aSingularVictimCountsOne() {
    assertThat(incidents("In 2008, a North Korean soldier gunned down a female South Korean"
        + " tourist at the resort.")).singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo(IncidentType.DEATH);
          assertThat(count(x)).hasValue(1L);
        });
  }

  @Test
  void coordinatedRelativesAddUp() {
    assertThat(incidents("After fleeing North Korea, Yeonmi Park and her mother were trafficked in"
        + " China.")).filteredOn(x -> x.type() == IncidentType.TRAFFICKING).singleElement()
        .satisfies(x -> assertThat(count(x)).hasValue(2L));
    assertThat(incidents("Her grandmother and uncle both died of malnutrition."))
        .singleElement().satisfies(x -> assertThat(count(x)).hasValue(2L));
  }

  @Test
  void coordinatedCountedGroupsAddUp() {
    assertThat(incidents("In November 2010, the military shelled the island, killing two"
        + " civilians and two marines.")).singleElement().satisfies(x -> {
          assertThat(count(x)).hasValue(4L);
          assertThat(x.date().flatMap(d -> d.value()).map(Object::toString)).hasValue("2010-11");
        });
  }

  @Test
  void aListOfAbusesIsOnePractice() {
    assertThat(incidents("Political prisoners face torture, sexual violence, forced labour and"
        + " other inhuman treatment in the camps.")).hasSize(1);
  }

  @Test
  void aParticipleBeforeItsNounDescribesTheVictims() {
    assertThat(incidents("The government executes political prisoners and some repatriated"
        + " defectors.")).extracting(Incident::type).containsExactly(IncidentType.EXECUTION);
  }

  @Test
  void theBodyRetellingTheLeadIsOneIncident() {
    List<Incident> found = incidents(
        "North Korea has executed five Economic Ministry workers, according to reports.",
        "The report gave few details.",
        "It is thought that the communist party officials were shot by firing squad on July 30.");
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.type()).isEqualTo(IncidentType.EXECUTION);
      assertThat(count(x)).hasValue(5L);
      assertThat(x.date().flatMap(d -> d.value()).map(Object::toString)).hasValue("2020-07-30");
    });
  }

  @Test
  void aDifferentCountIsADifferentIncident() {
    assertThat(incidents(
        "North Korea has executed five Economic Ministry workers, according to reports.",
        "Kim Jong Un had earlier executed the powerful general by firing squad."))
        .hasSize(2);
  }

  @Test
  void aForcedReturnIsARepatriation() {
    assertThat(incidents("China forcibly returned the refugees to North Korea last week."))
        .extracting(Incident::type).containsExactly(IncidentType.REPATRIATION);
    assertThat(incidents("The defectors returned to Seoul last week.")).isEmpty();
  }

  @Test
  void aPersonNextToTheTriggerIsTheVictim() {
    assertThat(incidents("In January 2000, North Korean agents allegedly abducted the Reverend"
        + " Kim Dong-shik, an advocate for North Korean refugees.")).singleElement()
        .satisfies(x -> assertThat(x.victims()).extracting(Victim::count)
            .containsExactly(Optional.of(1L)));
  }

  @Test
  void aPassiveSharedThroughAndStillHasItsAgent() {
    assertThat(incidents("Their conversation was reported to their bosses before they were"
        + " summoned to a meeting and arrested by the secret police."))
        .extracting(Incident::type).contains(IncidentType.ARREST);
  }

  @Test
  void theNameOfAnAbuseWithNoOneNoTimeAndNoPlaceIsNoIncident() {
    assertThat(incidents("The report said torture was a concern.")).isEmpty();
  }

  @Test
  void aPronounObjectIsAnUncountedVictim() {
    assertThat(incidents("Defectors hide in China.",
        "For quite some time, it has been official protocol for China to repatriate them."))
        .filteredOn(x -> x.type() == IncidentType.REPATRIATION).singleElement()
        .satisfies(x -> assertThat(x.victims()).extracting(Victim::description)
            .containsExactly("them"));
  }

  @Test
  void aPhotoCaptionRetellsTheStoryAndAddsNoIncident() {
    assertThat(incidents("Kim Jong-un (pictured) apologised after a fisheries official was shot"
        + " dead at sea.")).isEmpty();
  }

  @Test
  void theNumberInCovid19IsNoCount() {
    assertThat(incidents("Guards shot smugglers near the border during COVID-19 restrictions."))
        .singleElement().satisfies(x -> assertThat(count(x)).isNotEqualTo(Optional.of(19L)));
  }

  @Test
  void theSourceBeforeReportedIsNotTheVictim() {
    assertThat(incidents("Defectors reported many prisoners died from torture in the camps."))
        .filteredOn(x -> x.type() == IncidentType.DEATH).singleElement()
        .satisfies(x -> assertThat(x.victims()).extracting(Victim::description)
            .doesNotContain("Defectors"));
  }

  @Test
  void theActOfFleeingNamedAfterOfIsNoIncident() {
    assertThat(incidents("Counselors help defectors cope with the trauma of fleeing North Korea."))
        .isEmpty();
  }

  @Test
  void whatSomeoneManagedOrWasForcedToDoHappened() {
    assertThat(incidents("In 2004, Mr Shin managed to escape Camp 14 disguised as a soldier."))
        .extracting(Incident::type).containsExactly(IncidentType.CROSSING);
    assertThat(incidents("One mother was forced to kill her own baby in the detention centre."))
        .extracting(Incident::type).containsExactly(IncidentType.DEATH);
    assertThat(incidents("Many defectors tried to escape across the river.")).isEmpty();
  }

  @Test
  void anInterrogationIsAnOtherIncident() {
    assertThat(incidents("Seoul officials say the man was interrogated in the water for hours."))
        .extracting(Incident::type).containsExactly(IncidentType.OTHER);
  }

  @Test
  void campsThatAreBelievedToHoldPeopleReportADetention() {
    assertThat(incidents("The network of political prison camps is believed to hold at least"
        + " 200,000 people.")).singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo(IncidentType.DETENTION);
          assertThat(count(x)).hasValue(200_000L);
        });
  }

  @Test
  void aDeathToldAfterABeatingEndsThatIncident() {
    assertThat(incidents("The teacher forced the girl to kneel, whereupon he repeatedly beat her"
        + " around the head.", "The class was forced to watch.", "She died later that evening."))
        .singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo(IncidentType.DEATH);
          assertThat(count(x)).hasValue(1L);
        });
  }

  @Test
  void relativesWhoAreVictimsAreActorsAndCounted() {
    Article out = extract(article("2013-08-20", List.of("It was he who betrayed his own mother"
        + " and brother for plotting to escape from the camp.", "Her son lives in Seoul.")));
    assertThat(out.actors()).extracting(a -> a.name()).contains("his own mother and brother")
        .doesNotContain("Her son");
    assertThat(out.incidents()).filteredOn(x -> x.type() == IncidentType.INFORMANT)
        .singleElement().satisfies(x -> assertThat(count(x)).hasValue(2L));
  }

  @Test
  void theLeadRepeatedAfterTheBodyRetoldItIsNoNewIncident() {
    String lead = "North Korea has executed five Economic Ministry workers, according to reports.";
    assertThat(incidents(lead, "The report gave few details.",
        "It is thought that the communist party officials were shot by firing squad on July 30.",
        lead)).hasSize(1);
  }
}
