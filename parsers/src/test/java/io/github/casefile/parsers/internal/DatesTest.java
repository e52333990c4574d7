package io.github.casefile.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.PartialDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fri, 27 Oct 2017 14:52:00 +0900 | 2017-10-27T14:52:00+09:00",
      "Fri, 27 Oct 2017 14:52 +0900 | 2017-10-27T14:52+09:00",
      "27 Oct 17 14:52:00 GMT | 2017-10-27T14:52:00Z",
      "Thu, 06 Jul 2016 15:46:09 -0400 | 2016-07-06T15:46:09-04:00",
      "2017-10-27T14:52:00+09:00 | 2017-10-27T14:52:00+09:00",
      "2017-10-27T14:52:00.123Z | 2017-10-27T14:52:00Z",
      "2017-10-27T14:52 | 2017-10-27T14:52",
      "2017-10-27 14:52 | 2017-10-27T14:52",
      "2017-10-27 14:52 KST | 2017-10-27T14:52",
      "2017-10-27 | 2017-10-27",
      "2017/10/27 | 2017-10-27",
      "2017-10 | 2017-10",
      "2017 | 2017",
      "October 27, 2017 | 2017-10-27",
      "27th October 2017 2:52 pm | 2017-10-27T14:52",
      "Updated July 6, 2016 3:46 p.m. ET | 2016-07-06T15:46",
      "08:47 EST, 7 March 2013 | 2013-03-07T08:47",
      "Published: 12:00 am, 1 January 2020 | 2020-01-01T00:00",
      "October 2017 | 2017-10",
  })
  void readsTheFormsSourcesUseAtTheirPrecision(String text, String expected) {
    assertThat(Dates.parse(text)).contains(PartialDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "2017-13-45", "31 February 2017",
      "Fri, 27 Oct 2017 25:61:00 +0900", "2020-09-11-21-22-34", "Kim Ga Young",
      "2017-10-27 14:52 +09:00 KST", "October 27, 2017 and more words"})
  void givesNothingForWhatItCannotRead(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }

  @Test
  void givesNothingForNull() {
    assertThat(Dates.parse(null)).isEmpty();
    assertThat(Dates.leadingDay(null)).isEmpty();
  }

  @Test
  void neverInventsAnOffsetForANamedZone() {
    Optional<PartialDateTime> date = Dates.parse("Fri, 27 Oct 2017 14:52:00 EST");
    assertThat(date).isPresent();
    assertThat(date.get().offset()).isEmpty();
  }

  @Test
  void readsTheLeadingDayOfAnExportTimestamp() {
    assertThat(Dates.leadingDay("2020-09-11-21-22-34"))
        .contains(PartialDateTime.parse("2020-09-11"));
    assertThat(Dates.leadingDay("20200911")).isEmpty();
  }

  @Test
  void refusesVeryLongInputQuickly() {
    assertThat(Dates.parse("1".repeat(100_000))).isEmpty();
  }
}
