package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {
  @Test
  void readsPageBylinesWithoutRolesDatesOrAddresses() {
    assertThat(Bylines.fromPage("By Kim Ga Young and Lee Sang Yong"))
        .containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(Bylines.fromPage("By Jane Doe, Staff Writer | October 27, 2017"))
        .containsExactly("Jane Doe");
    assertThat(Bylines.fromPage("Written by Mary O'Brien-Smith (mary@example.org)"))
        .containsExactly("Mary O'Brien-Smith");
    assertThat(Bylines.fromPage("By Nathan Willis March 25, 2015"))
        .containsExactly("Nathan Willis");
    assertThat(Bylines.fromPage("https://example.org/author/jane")).isEmpty();
    assertThat(Bylines.fromPage("Staff")).isEmpty();
  }

  @Test
  void keepsANameJoinedByAnAmpersandAndALowerCaseWord() {
    assertThat(Bylines.fromPage("Mac & i")).containsExactly("Mac & i");
    assertThat(Bylines.fromPage("Kim Ga Young & Lee Sang Yong"))
        .containsExactly("Kim Ga Young", "Lee Sang Yong");
  }

  @Test
  void readsBylinesOfOtherLanguagesAndDropsWidgetText() {
    assertThat(Bylines.fromPage("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)"))
        .containsExactly("Martin Untersinger", "Damien Leloup", "Morgane Tual");
    assertThat(Bylines.fromPage("Follow Author")).isEmpty();
    assertThat(Bylines.fromPage("Jane Roe 5 min read")).containsExactly("Jane Roe");
  }

  @Test
  void dropsADegreeWrittenAfterTheName() {
    // html-dev webmd-1: rel=author "Brenda  Goodman, MA" gave a second author "MA".
    assertThat(Bylines.fromPage("Brenda  Goodman, MA")).containsExactly("Brenda Goodman");
    assertThat(Bylines.fromPage("By Hansa D. Bhargava, M.D., and Jane Roe, PhD"))
        .containsExactly("Hansa D. Bhargava", "Jane Roe");
  }

  @Test
  void readsANameWrittenSurnameFirst() {
    assertThat(Bylines.split("Kooman, F.")).containsExactly("F. Kooman");
    assertThat(Bylines.split("Jong, Michiel de")).containsExactly("Michiel de Jong");
    assertThat(Bylines.split("Kim, Lee")).containsExactly("Kim", "Lee");
  }

  @Test
  void trustsStructuredNamesButNotHandlesOrLinks() {
    assertThat(Bylines.structured("By Kim Ga Young")).hasValue("Kim Ga Young");
    assertThat(Bylines.structured("Contributors to Wikimedia projects"))
        .hasValue("Contributors to Wikimedia projects");
    assertThat(Bylines.structured("CC7567")).isEmpty();
    assertThat(Bylines.structured("https://example.org/u/kim")).isEmpty();
    assertThat(Bylines.structured("kim@example.org")).isEmpty();
  }

  @Test
  void splitsOnAndAndCommas() {
    assertThat(Bylines.split("By Kim Ga Young and Lee Sang Yong"))
        .containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(Bylines.split("Kim Ga Young, Lee Sang Yong"))
        .containsExactly("Kim Ga Young", "Lee Sang Yong");
    assertThat(Bylines.split("Kim Ga Young, Lee Sang Yong & Park Ji-min"))
        .containsExactly("Kim Ga Young", "Lee Sang Yong", "Park Ji-min");
  }

  @Test
  void dropsRolesEmailsDatesAndWires() {
    assertThat(Bylines.split("Kim Ga Young, Staff Reporter")).containsExactly("Kim Ga Young");
    assertThat(Bylines.split("Kim Ga Young North Korea Correspondent"))
        .containsExactly("Kim Ga Young");
    assertThat(Bylines.split("Kim Ga Young  |  2017-10-27 14:52")).containsExactly("Kim Ga Young");
    assertThat(Bylines.split("kim@example.org (Kim Ga Young)")).containsExactly("Kim Ga Young");
    assertThat(Bylines.split("Jay Solomon jay.solomon@example.com")).containsExactly("Jay Solomon");
    assertThat(Bylines.split("Daniel Miller and Reuters")).containsExactly("Daniel Miller");
    assertThat(Bylines.split("Daniel Miller for MailOnline")).containsExactly("Daniel Miller");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Staff Writer", "CitizenNews Op-ed", "Reuters", "By Staff Reporter",
      "27 October 2017", "the newsroom", "", "  "})
  void findsNoOneInRolesAndWires(String byline) {
    assertThat(Bylines.split(byline)).isEmpty();
  }

  @Test
  void keepsApostrophesHyphensAndUncasedScripts() {
    assertThat(Bylines.split("Seán O'Brien and Jean-Luc Picard-Smith"))
        .containsExactly("Seán O'Brien", "Jean-Luc Picard-Smith");
    assertThat(Bylines.split("김가영")).containsExactly("김가영");
  }

  @Test
  void splitsEachOfSeveralBylinesWithoutDuplicates() {
    assertThat(Bylines.splitAll(List.of("Kim Ga Young", "Kim Ga Young and Lee Sang Yong")))
        .containsExactly("Kim Ga Young", "Lee Sang Yong");
  }

  @Test
  void readsContactLines() {
    assertThat(Bylines.contactLine("Write to Jay Solomon at jay.solomon@example.com"))
        .contains(List.of("Jay Solomon"));
    assertThat(Bylines.contactLine(
        "Write to Jay Solomon at jay@example.com and Kim Ga Young at kim@example.org"))
        .contains(List.of("Jay Solomon", "Kim Ga Young"));
    assertThat(Bylines.contactLine("Write to your representative today.")).isEmpty();
  }

  @Test
  void readsBylineLinesButNotSentences() {
    assertThat(Bylines.bylineLine("By Hongyu Wang")).contains(List.of("Hongyu Wang"));
    assertThat(Bylines.bylineLine("By the way, this is a sentence.")).isEmpty();
    assertThat(Bylines.bylineLine("by the river")).isEmpty();
    assertThat(Bylines.bylineLine("Byron Smith")).isEmpty();
  }
}
