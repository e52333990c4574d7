package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final List<String> warnings = new ArrayList<>();

  private String first(String text, String published) {
    TextAnalysis a = TextAnalysis.of(text, Work.unbounded());
    List<DateFinder.TimeExpr> found = new DateFinder(a,
        published == null ? null : PartialDateTime.parse(published), warnings).findAll();
    assertThat(found).isNotEmpty();
    DateFinder.TimeExpr e = found.get(0);
    return text.substring(a.tokStart[e.start], a.tokEnd[e.end - 1]) + " = " + e.value;
  }

  @Test
  void resolvesRelativeExpressionsAgainstPublication() {
    String pub = "2017-10-27T14:52";
    assertThat(first("Last month, police arrested them.", pub)).isEqualTo("Last month = 2017-09");
    assertThat(first("Late last year, it paid gold.", pub)).isEqualTo("Late last year = 2016");
    assertThat(first("Since the beginning of 2017, they paid.", pub))
        .isEqualTo("Since the beginning of 2017 = 2017-01/2017-10");
    assertThat(first("Over the past six years it grew.", pub))
        .isEqualTo("Over the past six years = 2011/2017");
    assertThat(first("They left three years ago.", pub)).isEqualTo("three years ago = 2014");
    assertThat(first("He was caught on Monday.", pub)).isEqualTo("Monday = 2017-10-23");
    assertThat(first("They met last summer.", pub)).isEqualTo("last summer = 2017-22");
    assertThat(first("A September statement said so.", pub)).isEqualTo("September = 2017-09");
  }

  @Test
  void readsAbsoluteDates() {
    assertThat(first("It ratified it on October 4, 1988.", null))
        .isEqualTo("October 4, 1988 = 1988-10-04");
    assertThat(first("A letter of December 30, 2013, said.", null))
        .isEqualTo("December 30, 2013 = 2013-12-30");
    assertThat(first("It ratified it on 4 October 1988.", null))
        .isEqualTo("4 October 1988 = 1988-10-04");
    assertThat(first("China signed it in 1982.", null)).isEqualTo("1982 = 1982");
    assertThat(first("In March 2023 they left.", null)).isEqualTo("March 2023 = 2023-03");
    assertThat(first("Famine in the 1990s.", null)).isEqualTo("1990s = 199X");
    assertThat(first("Camps between 2006 and 2013 grew.", null))
        .isEqualTo("between 2006 and 2013 = 2006/2013");
    assertThat(first("in the spring of 2017", null)).isEqualTo("spring of 2017 = 2017-21");
  }

  @Test
  void followsTheTextForTheFollowingYear() {
    TextAnalysis a = TextAnalysis.of("A letter on December 30, 2013. It was published the"
        + " following year.", Work.unbounded());
    List<DateFinder.TimeExpr> found = new DateFinder(a, null, warnings).findAll();
    assertThat(found).extracting(e -> String.valueOf(e.value)).containsExactly("2013-12-30",
        "2014");
  }

  @Test
  void keepsRelativeTextWithoutValueWhenUndated() {
    assertThat(first("Last month, police arrested them.", null)).isEqualTo("Last month = null");
  }

  @Test
  void warnsOnImpossibleDatesInsteadOfThrowing() {
    assertThat(first("On February 30, 2017 it happened.", null))
        .isEqualTo("February 30, 2017 = null");
    assertThat(first("On 2017-02-30 it happened.", null)).isEqualTo("2017-02-30 = null");
    assertThat(first("On October 4, 99999 it happened.", null))
        .isEqualTo("October 4, 99999 = null");
    assertThat(warnings).hasSize(3).allMatch(w -> w.contains("not a real calendar date"));
  }
}
