package io.github.casefile.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class TextDatesTest {
  // Pieces of dates and of lines that are not dates: digits in runs of every length, other
  // scripts' digits (which \d does not match), month names, separators, times and zones.
  private static final String[] PIECES = {"0", "1", "7", "20", "2017", "12345", "\u0663",
      "\uff11", "-", ":", " ", ",", ".", "T", "Oct", "October", "March", "th", "Z", "+09:00",
      "KST", "PM", "am", "Published", "Seoul", "\u00a0", "\t", "|", "*", "\u2014", "\ufeff"};

  @Test
  void aWholeDateIsToldAsByTheRegularExpressionsAlone() {
    qt().withExamples(20000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(k -> text.append(PIECES[k]));
          String t = text.toString();
          assertThat(TextDates.isWholeDate(t)).as("'%s'", t)
              .isEqualTo(TextDates.matchesWholeDate(t));
        });
  }

  @Test
  void readsTheFormsOfTheHeaderAndNotALineWithoutAYear() {
    assertThat(TextDates.isWholeDate("2017-10-27 14:52")).isTrue();
    assertThat(TextDates.isWholeDate("Oct 24th 2020")).isTrue();
    assertThat(TextDates.isWholeDate(" 7 March 2013 ")).isTrue();
    assertThat(TextDates.isWholeDate("7 March")).isFalse();
    assertThat(TextDates.isWholeDate("Ministry of State Security steps up crackdown")).isFalse();
    assertThat(TextDates.isWholeDate("\u0662\u0660\u0661\u0667-10-27")).isFalse();
  }
}
