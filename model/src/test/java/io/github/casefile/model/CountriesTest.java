package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every record that holds a country code rejects one that is not ISO 3166-1 alpha-3, naming it. */
class CountriesTest {
  private static final String NOT_ALPHA3 = "is not an ISO 3166-1 alpha-3 country code";

  @Test
  void anAgencyOrActorNamesItselfAndTheField() {
    assertThatThrownBy(() -> Agency.builder().id("agency:x").name("X").kind(AgencyKind.POLICE)
        .country("XX").build())
        .hasMessage("agency agency:x country: 'XX' " + NOT_ALPHA3);
    assertThatThrownBy(() -> Actor.builder().id("actor:y").name("Y").kind(ActorKind.GROUP)
        .country("prk").build())
        .hasMessage("actor actor:y country: 'prk' " + NOT_ALPHA3);
  }

  @Test
  void aListNamesTheIndexOfTheBadCode() {
    assertThatThrownBy(() -> LegalInstrument.builder().id("instrument:cat").title("CAT")
        .kind(InstrumentKind.TREATY).addParties("CHN", "PRK", "ZZZ").build())
        .hasMessage("instrument instrument:cat parties[2]: 'ZZZ' " + NOT_ALPHA3);
    assertThatThrownBy(() -> Location.builder().text("Yanji").addCountries("CN")
        .span(Span.of(0, 5)).build())
        .hasMessage("location countries[0]: 'CN' " + NOT_ALPHA3);
  }

  @Test
  void aStateActionNamesItsState() {
    assertThatThrownBy(() -> StateAction.builder().state("China")
        .action(StateActionType.values()[0]).span(Span.of(0, 5)).build())
        .hasMessage("action state: 'China' " + NOT_ALPHA3);
  }

  @Test
  void validCodesPass() {
    assertThatCode(() -> LegalInstrument.builder().id("instrument:cat").title("CAT")
        .kind(InstrumentKind.TREATY).addParties("CHN", "PRK").build()).doesNotThrowAnyException();
    assertThatCode(() -> Location.builder().text("Yanji").addCountries("CHN").span(Span.of(0, 5))
        .build()).doesNotThrowAnyException();
  }
}
