package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTimeTest {
  @ParameterizedTest
  @ValueSource(strings = {"2017", "2017-10", "2017-10-27", "2017-10-27T14:52",
      "2017-10-27T14:52:09", "2017-10-27T14:52+09:00", "2017-10-27T14:52:09-05:30",
      "2017-10-27T14:52Z", "0000-01-01", "9999-12-31T23:59:59"})
  void formatsWhatItParses(String text) {
    assertThat(PartialDateTime.parse(text)).hasToString(text);
  }

  @Test
  void givesEachPrecision() {
    assertThat(PartialDateTime.parse("2017").precision()).isEqualTo(PartialDateTime.Precision.YEAR);
    assertThat(PartialDateTime.parse("2017-10").precision())
        .isEqualTo(PartialDateTime.Precision.MONTH);
    assertThat(PartialDateTime.parse("2017-10-27").precision())
        .isEqualTo(PartialDateTime.Precision.DAY);
    assertThat(PartialDateTime.parse("2017-10-27T14:52").precision())
        .isEqualTo(PartialDateTime.Precision.MINUTE);
    assertThat(PartialDateTime.parse("2017-10-27T14:52:00").precision())
        .isEqualTo(PartialDateTime.Precision.SECOND);
  }

  @Test
  void keepsSecondsOnlyWhenGivenAndInventsNoOffset() {
    LocalDateTime time = LocalDateTime.of(2017, 10, 27, 14, 52, 9);
    assertThat(PartialDateTime.of(time, false)).hasToString("2017-10-27T14:52");
    assertThat(PartialDateTime.of(time, true)).hasToString("2017-10-27T14:52:09");
    assertThat(PartialDateTime.of(time, false).offset()).isEmpty();
    assertThat(PartialDateTime.of(OffsetDateTime.of(time, ZoneOffset.ofHours(9))))
        .hasToString("2017-10-27T14:52:09+09:00");
  }

  @Test
  void givesItsParts() {
    PartialDateTime value = PartialDateTime.parse("2017-10-27T14:52+09:00");
    assertThat(value.year()).isEqualTo(2017);
    assertThat(value.month()).contains(10);
    assertThat(value.date()).contains(LocalDate.of(2017, 10, 27));
    assertThat(value.time()).contains(LocalTime.of(14, 52));
    assertThat(value.offset()).contains(ZoneOffset.ofHours(9));
    assertThat(PartialDateTime.parse("2017").month()).isEmpty();
    assertThat(PartialDateTime.parse("2017-10").date()).isEmpty();
  }

  @Test
  void ordersByEarliestInstantThenPrecision() {
    List<PartialDateTime> values = new ArrayList<>(List.of(
        PartialDateTime.parse("2017-10-27T14:52"), PartialDateTime.parse("2017"),
        PartialDateTime.parse("2017-10-27"), PartialDateTime.parse("2016-12-31T23:59:59"),
        PartialDateTime.parse("2017-10")));
    Collections.sort(values);
    assertThat(values).extracting(PartialDateTime::toString).containsExactly(
        "2016-12-31T23:59:59", "2017", "2017-10", "2017-10-27", "2017-10-27T14:52");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-02-30", "2017-13", "2017-00-01", "10000", "2017-10-27T24:00",
      "2017-10-27T14:60", "2017-10-27 14:52", "2017-10-27T14", "17-10-27", "", "2017-10-27T14:52+25:00",
      "2017-10-27+09:00", "2017-10-27T14:52:09.5"})
  void rejectsWhatIsNotAPartialDateTime(String text) {
    assertThatThrownBy(() -> PartialDateTime.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsYearsOutsideTheFourDigitRange() {
    assertThatThrownBy(() -> PartialDateTime.ofYear(10000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDateTime.ofYear(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDateTime.ofMonth(2017, 13))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMessageQuotesTheImpossibleDate() {
    assertThatThrownBy(() -> PartialDateTime.parse("2017-02-30"))
        .hasMessageContaining("2017-02-30");
  }
}
