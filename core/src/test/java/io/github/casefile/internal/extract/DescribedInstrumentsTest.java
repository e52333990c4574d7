package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import io.github.casefile.model.InstrumentKind;
import io.github.casefile.model.LegalInstrument;
import io.github.casefile.model.StateAction;
import io.github.casefile.model.StateActionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribedInstrumentsTest {
  private static List<LegalInstrument> instruments(String published, String text) {
    Article article = ExtractionEngineTest.extract(ExtractionEngineTest.article(published,
        List.of(text)));
    return article.legalInstruments();
  }

  @Test
  void findsAnOrderWithAHyphenatedModifierAndTheRegimeThatInstitutedIt() {
    List<LegalInstrument> found = instruments("2021-03-02", "North Korea closed its border. "
        + "The regime instituted a stay-at-home order in January to stop the virus.");
    assertThat(found).extracting(LegalInstrument::title).containsExactly("stay-at-home order");
    assertThat(found.get(0).kind()).isEqualTo(InstrumentKind.OTHER);
    StateAction action = found.get(0).actions().get(0);
    assertThat(action.state()).isEqualTo("PRK");
    assertThat(action.action()).isEqualTo(StateActionType.ADOPTED);
    assertThat(action.date().map(Object::toString)).contains("2021-01");
  }

  @Test
  void findsALawByItsPassingWithTheDateInItsDescription() {
    List<LegalInstrument> found = instruments("2019-05-01",
        "Under a law passed in March, the State Department must publish a list of officials.");
    assertThat(found).extracting(LegalInstrument::title).containsExactly("law passed in March");
    assertThat(found.get(0).kind()).isEqualTo(InstrumentKind.DOMESTIC_LAW);
    assertThat(found.get(0).actions()).extracting(StateAction::state).containsExactly("USA");
  }

  @Test
  void findsCodesAndAuthoredReportsButNotABareLaw() {
    List<LegalInstrument> found = instruments("2022-01-01", "The law forbids torture. "
        + "The penal code punishes defection. The OHCHR’s March 2021 report counted the camps.");
    assertThat(found).extracting(LegalInstrument::title)
        .containsExactly("penal code", "OHCHR’s March 2021 report");
    assertThat(found.get(1).kind()).isEqualTo(InstrumentKind.REPORT);
    assertThat(found.get(1).year()).contains(2021);
  }

  @Test
  void readsDespiteObligationsAsAViolationOfEveryCoordinatedTreaty() {
    List<LegalInstrument> found = instruments(null, "Despite China’s obligations under the "
        + "Convention relating to the Status of Refugees and the Protocol relating to the Status "
        + "of Refugees, China returns them.");
    assertThat(found).hasSize(2).allSatisfy(i -> assertThat(i.actions())
        .extracting(StateAction::state, StateAction::action)
        .contains(org.assertj.core.groups.Tuple.tuple("CHN", StateActionType.VIOLATED)));
  }
}
