package io.github.casefile.parsers.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates and headlines as pages write them. */
class MetadataTextsTest {
  @Test
  void readsDatesAtTheirPrecision() {
    assertThat(DateTexts.parse("2017-10-27T14:52:09+0900").map(Object::toString))
        .hasValue("2017-10-27T14:52:09+09:00");
    assertThat(DateTexts.parse("2017-10").map(Object::toString)).hasValue("2017-10");
    assertThat(DateTexts.parse("Fri, 27 Oct 2017 14:52:09 GMT").map(Object::toString))
        .hasValue("2017-10-27T14:52:09Z");
    assertThat(DateTexts.parse("Posted on October 27, 2017").map(Object::toString))
        .hasValue("2017-10-27");
    assertThat(DateTexts.parse("27th Oct. 2017 at 2:52 PM EDT").map(Object::toString))
        .hasValue("2017-10-27T14:52");
    assertThat(DateTexts.parse("2017-02-30")).isEmpty();
    assertThat(DateTexts.fromUrl("https://x.org/2017/10/27/slug").map(Object::toString))
        .hasValue("2017-10-27");
  }

  @Test
  void cutsSiteNamesButKeepsSeparatorsThatBelongToTheHeadline() {
    assertThat(Headlines.choose(null, null, "Defectors arrested | Daily NK", "Daily NK"))
        .isEqualTo("Defectors arrested");
    assertThat(Headlines.choose("North - South talks resume", "North - South talks resume",
        "North - South talks resume | Site", null)).isEqualTo("North - South talks resume");
    assertThat(Headlines.choose(null, null, "Reuters - China returns eight defectors to North",
        "Reuters")).isEqualTo("China returns eight defectors to North");
  }
}
