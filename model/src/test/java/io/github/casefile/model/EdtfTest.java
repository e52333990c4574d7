package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfTest {
  @ParameterizedTest
  @ValueSource(strings = {"1988-10-04", "2017-09", "2016", "2017-21", "2017-24", "201X", "19XX",
      "2017?", "2017-09~", "2017%", "2017-XX", "2017-09-XX", "2017-01/2017-10", "2017-01/..",
      "../2017", "/2017", "2017/", "0000", "9999-12-31", "1982~/2017-10-27?"})
  void formatsWhatItParses(String text) {
    assertThat(Edtf.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void givesThePrecisionOfASingleDate() {
    assertThat(Edtf.parse("1988-10-04").precision()).contains(Edtf.Precision.DAY);
    assertThat(Edtf.parse("2017-09").precision()).contains(Edtf.Precision.MONTH);
    assertThat(Edtf.parse("2017-22").precision()).contains(Edtf.Precision.SEASON);
    assertThat(Edtf.parse("2016").precision()).contains(Edtf.Precision.YEAR);
    assertThat(Edtf.parse("201X").precision()).contains(Edtf.Precision.DECADE);
    assertThat(Edtf.parse("19XX").precision()).contains(Edtf.Precision.CENTURY);
    assertThat(Edtf.parse("2017/2018").precision()).isEmpty();
  }

  @Test
  void givesTheDaysASingleDateMayDenote() {
    Edtf month = Edtf.parse("2016-02");
    assertThat(month.earliestDay()).contains(LocalDate.of(2016, 2, 1));
    assertThat(month.latestDay()).contains(LocalDate.of(2016, 2, 29));
    assertThat(Edtf.parse("201X").latestDay()).contains(LocalDate.of(2019, 12, 31));
    assertThat(Edtf.parse("2017-23").earliestDay()).contains(LocalDate.of(2017, 9, 1));
  }

  @Test
  void readsQualifiers() {
    assertThat(Edtf.parse("2017?").qualifier()).isEqualTo(Edtf.Qualifier.UNCERTAIN);
    assertThat(Edtf.parse("2017-09~").qualifier()).isEqualTo(Edtf.Qualifier.APPROXIMATE);
    assertThat(Edtf.parse("2017%").qualifier()).isEqualTo(Edtf.Qualifier.UNCERTAIN_APPROXIMATE);
    assertThat(Edtf.parse("2017").qualifier()).isEqualTo(Edtf.Qualifier.NONE);
  }

  @Test
  void readsIntervalsWithKnownOpenAndUnknownEnds() {
    Edtf known = Edtf.parse("2017-01/2017-10");
    assertThat(known.isInterval()).isTrue();
    assertThat(known.start()).contains(Edtf.parse("2017-01"));
    assertThat(known.end()).contains(Edtf.parse("2017-10"));
    assertThat(known.latestDay()).contains(LocalDate.of(2017, 10, 31));

    Edtf open = Edtf.parse("2017-01/..");
    assertThat(open.end()).isEmpty();
    assertThat(open.latestDay()).isEmpty();
    assertThat(open).isEqualTo(Edtf.openEndedFrom(Edtf.parse("2017-01")));

    Edtf unknown = Edtf.parse("/2017");
    assertThat(unknown.start()).isEmpty();
    assertThat(unknown.earliestDay()).isEmpty();
    assertThat(unknown).isEqualTo(Edtf.interval(null, Edtf.ofYear(2017)));
    assertThat(unknown).isNotEqualTo(Edtf.parse("../2017"));
  }

  @Test
  void buildsDaysMonthsAndYears() {
    assertThat(Edtf.ofDay(LocalDate.of(1988, 10, 4))).hasToString("1988-10-04");
    assertThat(Edtf.ofMonth(2017, 9)).hasToString("2017-09");
    assertThat(Edtf.ofYear(16)).hasToString("0016");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7, 16, 999, 1900, 1988, 2000, 2016, 2017, 9999})
  void factoriesBuildWhatParsingTheirTextGives(int year) {
    assertSame(Edtf.ofYear(year), Edtf.parse(Edtf.ofYear(year).toString()));
    for (int month = 1; month <= 12; month++) {
      Edtf m = Edtf.ofMonth(year, month);
      assertSame(m, Edtf.parse(PartialDateTime.ofMonth(year, month).toString()));
      for (LocalDate d = LocalDate.of(year, month, 1); d.getMonthValue() == month
          && d.getYear() == year; d = d.plusDays(1)) {
        assertSame(Edtf.ofDay(d), Edtf.parse(PartialDateTime.of(d).toString()));
        if (d.getYear() == 9999 && d.getMonthValue() == 12 && d.getDayOfMonth() == 31) {
          break;
        }
      }
    }
  }

  private static void assertSame(Edtf built, Edtf parsed) {
    assertThat(built).hasToString(parsed.toString());
    assertThat(built.precision()).isEqualTo(parsed.precision());
    assertThat(built.qualifier()).isEqualTo(parsed.qualifier());
    assertThat(built.earliestDay()).isEqualTo(parsed.earliestDay());
    assertThat(built.latestDay()).isEqualTo(parsed.latestDay());
  }

  @Test
  void factoriesRejectWhatTheGrammarCannotWrite() {
    assertThatThrownBy(() -> Edtf.ofYear(10000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000");
    assertThatThrownBy(() -> Edtf.ofYear(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Edtf.ofMonth(2017, 13)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13");
    assertThatThrownBy(() -> Edtf.ofMonth(2017, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Edtf.ofDay(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Edtf.ofDay(LocalDate.of(-5, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersByEarliestThenLatestDay() {
    List<Edtf> values = new ArrayList<>(List.of(Edtf.parse("2018"), Edtf.parse("2017-01/2017-10"),
        Edtf.parse("2017"), Edtf.parse("../2016"), Edtf.parse("2017-01"), Edtf.parse("2017-01/..")));
    Collections.sort(values);
    assertThat(values).extracting(Edtf::toString).containsExactly("../2016", "2017-01",
        "2017-01/2017-10", "2017", "2017-01/..", "2018");
  }

  @Test
  void overlapsComparesDayRanges() {
    assertThat(Edtf.parse("2017").overlaps(Edtf.parse("2017-06-01"))).isTrue();
    assertThat(Edtf.parse("2017").overlaps(Edtf.parse("2018"))).isFalse();
    assertThat(Edtf.parse("2017-01/..").overlaps(Edtf.parse("2030"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-02-30", "2017-13", "2017-00", "10000", "2017-01-32", "17",
      "2017-10/2017-01", "2018/2017", "/", "../..", "", "2017-09-04T10:00", "2017-21-01",
      "201X-05", "2017//2018", " 2017", "2017-9", "2017??"})
  void rejectsWhatIsNotAnEdtfValueOrCannotBe(String text) {
    assertThatThrownBy(() -> Edtf.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNullAndNestedIntervals() {
    assertThatThrownBy(() -> Edtf.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Edtf.interval(Edtf.parse("2017/2018"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Edtf.interval(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMessageQuotesTheImpossibleDate() {
    assertThatThrownBy(() -> Edtf.parse("2017-02-30")).hasMessageContaining("2017-02-30");
  }

  @Test
  void theWinterOfYear9999EndsInsideTheYearAndCanEndAnInterval() {
    // Found by SerializationProperties: 9999-24 ended before it began, so 9999-06-01/9999-24
    // was rejected as an interval that starts after it ends.
    Edtf winter = Edtf.parse("9999-24");
    assertThat(winter.latestDay()).contains(java.time.LocalDate.of(9999, 12, 31));
    assertThat(Edtf.parse("9999-06-01/9999-24").toString()).isEqualTo("9999-06-01/9999-24");
  }
}
