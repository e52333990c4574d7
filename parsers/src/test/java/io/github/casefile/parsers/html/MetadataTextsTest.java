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

  @Test
  void prefersTheHeadingWhenTheStructuredHeadlineAddsTheAuthorsAndSitesNames() {
    // html-dev medium-3: JSON-LD's headline appends "- John C. Welch - Medium" to the h1; the
    // outlet's cut alone left the author's name in the headline.
    assertThat(Headlines.choose("Samantha and The Great Big Lie - John C. Welch - Medium",
        "Samantha and The Great Big Lie", "Samantha and The Great Big Lie. How to get shanked"
            + " doing what people… | by John C. Welch | Medium", "Medium"))
        .isEqualTo("Samantha and The Great Big Lie");
    // Words of the headline after a separator stay: they are not a name.
    assertThat(Headlines.choose("Brexit - what happens next - Daily News", "Brexit",
        "Brexit - what happens next", null)).isEqualTo("Brexit - what happens next");
  }
}
