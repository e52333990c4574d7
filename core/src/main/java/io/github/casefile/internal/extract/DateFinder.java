package io.github.casefile.internal.extract;

import io.github.casefile.model.Edtf;
import io.github.casefile.model.PartialDateTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds time expressions in a text and normalises each to EDTF against the publication date:
 * absolute dates ("October 4, 1988", "4 October 1988", "December 2013", "in 1982", "the 1990s"),
 * ranges ("between 2006 and 2013"), relative ones ("last month", "late last year", "the following
 * year", "three years ago", "over the past six years", "on Monday", "last summer") and intervals
 * opened by "since". A relative expression in an undated article keeps its text with no value.
 */
final class DateFinder {
  /** A time expression: tokens {@code [start, end)}, its value (or null) and whether it is vague. */
  static final class TimeExpr implements BySentence.Item {
    final int start;
    final int end;
    final Edtf value;
    final boolean relative;

    TimeExpr(int start, int end, Edtf value, boolean relative) {
      this.start = start;
      this.end = end;
      this.value = value;
      this.relative = relative;
    }

    @Override
    public int firstToken() {
      return start;
    }
  }

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday",
      DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
      "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  static final Map<String, Integer> SEASONS = Map.of(
      "spring", 21, "summer", 22, "autumn", 23, "fall", 23, "winter", 24);
  private static final WordSet MONTH_CUES = WordSet.of(
      "in", "last", "this", "since", "early", "late", "mid", "until", "by", "during", "next",
      "from", "through", "between", "and", "of", "a", "an", "the", "each", "every", "on", "to");
  /** Words other than months and numbers that a time expression may start with. */
  static final Set<String> CUES = Set.of(
      "since", "from", "between", "early", "late", "mid", "the", "last", "this", "next", "past",
      "previous", "following", "earlier", "over", "for", "in", "yesterday", "today", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer",
      "autumn", "fall", "winter");
  static final Set<String> MODIFIERS = Set.of("early", "late", "mid");

  private final TextAnalysis a;
  private final PartialDateTime published;
  private final List<String> warnings;
  private int lastYear = -1;
  private int depth;

  DateFinder(TextAnalysis a, PartialDateTime published, List<String> warnings) {
    this.a = a;
    this.published = published;
    this.warnings = warnings;
  }

  /**
   * Find every time expression, in text order.
   *
   * @return the expressions
   */
  List<TimeExpr> findAll() {
    List<TimeExpr> out = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount; s++) {
      int limit = a.sentLast[s] + 1;
      int i = a.sentFirst[s];
      while (i < limit) {
        // most tokens are no number and no cue word: passed over here, one step each
        int from = i;
        while (i < limit && a.tokType[i] != TextAnalysis.NUMBER
            && (a.tokFlags[i] & Lexicon.DATE_CUE) == 0) {
          i++;
        }
        a.work.add(i - from);
        if (i == limit) {
          break;
        }
        a.work.step();
        TimeExpr e = at(i, limit);
        if (e != null && e.end > i) {
          out.add(e);
          Edtf v = e.value;
          if (v != null && !e.relative && v.earliestDay().isPresent()) {
            lastYear = v.earliestDay().get().getYear();
          }
          i = e.end;
        } else {
          i++;
        }
      }
    }
    return out;
  }

  /** Return the time expression starting at a number or cue word, or null. */
  private TimeExpr at(int i, int limit) {
    // one String switch (a hash and one comparison) picks the cue instead of a test per cue word
    switch (a.tokNorm[i]) {
      case "since":
      case "from":
        return opened(i, limit);
      case "between":
        if (i + 1 < limit) {
          return between(i, limit);
        }
        break;
      default:
        break;
    }
    TimeExpr e = simple(i, limit, false);
    if (e != null && e.value != null && e.value.precision().orElse(null) == Edtf.Precision.YEAR
        && e.end + 1 < limit && (a.is(e.end, "-") || a.is(e.end, "\u2013"))
        && a.tokType[e.end + 1] == TextAnalysis.NUMBER) {
      int y2 = year(e.end + 1);
      if (y2 >= 0 && y2 > e.value.earliestDay().get().getYear()) {
        return new TimeExpr(i, e.end + 2, interval(e.value, Edtf.ofYear(y2)), false);
      }
    }
    return e;
  }

  /** "since 2012", "from May to July": an interval opened at token i. */
  private TimeExpr opened(int i, int limit) {
    int j = i + 1;
    if (a.is(j, "the") && (a.is(j + 1, "beginning") || a.is(j + 1, "start"))
        && a.is(j + 2, "of")) {
      j += 3;
    }
    TimeExpr inner = simple(j, limit, true);
    if (inner == null || inner.value == null) {
      return inner == null ? null : new TimeExpr(i, inner.end, null, true);
    }
    if (a.is(i, "from")) {
      int k = inner.end;
      if (k < limit && (a.is(k, "to") || a.is(k, "until") || a.is(k, "through"))) {
        TimeExpr to = simple(k + 1, limit, false);
        if (to != null && to.value != null) {
          return new TimeExpr(i, to.end, interval(inner.value, to.value), inner.relative);
        }
      }
      return inner;
    }
    Edtf start = inner.value.isInterval() ? inner.value.start().orElse(null) : inner.value;
    if (j > i + 1 && start != null && start.precision().orElse(null) == Edtf.Precision.YEAR) {
      start = month(start.earliestDay().get().getYear(), 1);
    }
    Edtf end = published == null ? null : month(published.year(),
        published.month().orElse(12));
    if (start == null || end == null) {
      return new TimeExpr(i, inner.end, start, true);
    }
    return new TimeExpr(i, inner.end, interval(start, end), true);
  }

  /** "between 2006 and 2013". */
  private TimeExpr between(int i, int limit) {
    TimeExpr from = simple(i + 1, limit, false);
    if (from != null && from.value != null && from.end < limit && a.is(from.end, "and")) {
      TimeExpr to = simple(from.end + 1, limit, false);
      if (to != null && to.value != null) {
        return new TimeExpr(i, to.end, interval(from.value, to.value), false);
      }
    }
    return null;
  }

  private TimeExpr simple(int i, int limit, boolean afterCue) {
    // Modifiers nest at most twice ("since the beginning of late 2017"), so a run of them cannot
    // recurse deeply or make the scan quadratic.
    if (i >= limit || depth > 2) {
      return null;
    }
    depth++;
    try {
      return simpleAt(i, limit, afterCue);
    } finally {
      depth--;
    }
  }

  private TimeExpr simpleAt(int i, int limit, boolean afterCue) {
    String t = a.tokNorm[i];
    // the cue words, told apart by one String switch (a hash and one comparison) in the order
    // the rules try them; any other word goes on to the weekday, season, month and number rules
    switch (t) {
      case "early":
      case "late":
      case "mid":
        return modified(i, i + 1, limit);
      case "the":
        if ((a.is(i + 1, "end") || a.is(i + 1, "beginning") || a.is(i + 1, "middle"))
            && a.is(i + 2, "of")) {
          return modified(i, i + 3, limit);
        }
        if (i + 1 < limit && (a.is(i + 1, "following") || a.is(i + 1, "previous")
            || a.is(i + 1, "past") || a.is(i + 1, "same"))) {
          return relative(i, limit);
        }
        return null; // "the" is no weekday, season, month or number
      case "last":
      case "this":
      case "next":
      case "past":
      case "previous":
      case "following":
      case "earlier":
        return relative(i, limit);
      case "over":
      case "for":
      case "in":
        if ((a.is(i + 1, "the") && (a.is(i + 2, "past") || a.is(i + 2, "last")))
            || a.is(i + 1, "recent")) {
          TimeExpr r = relative(i + 1, limit);
          return r == null ? null : new TimeExpr(i, r.end, r.value, true);
        }
        return null;
      case "yesterday":
      case "today":
        if (published == null || published.date().isEmpty()) {
          return new TimeExpr(i, i + 1, null, true);
        }
        LocalDate d = published.date().get().minusDays(t.equals("yesterday") ? 1 : 0);
        return new TimeExpr(i, i + 1, day(d), true);
      default:
        break;
    }
    if (a.has(i, Lexicon.TIME_WORD) && WEEKDAYS.containsKey(t) && a.isCapitalized(i)) {
      if (published == null || published.date().isEmpty()) {
        return new TimeExpr(i, i + 1, null, true);
      }
      LocalDate d = published.date().get();
      DayOfWeek w = WEEKDAYS.get(t);
      int back = (d.getDayOfWeek().getValue() - w.getValue() + 7) % 7;
      return new TimeExpr(i, i + 1, day(d.minusDays(back)), true);
    }
    if (a.has(i, Lexicon.TIME_WORD) && SEASONS.containsKey(t)) {
      int j = i + 1;
      if (a.is(j, "of")) {
        j++;
      }
      int y = year(j);
      if (y >= 0) {
        return new TimeExpr(i, j + 1, season(y, SEASONS.get(t)), false);
      }
      return null;
    }
    if (a.tokType[i] == TextAnalysis.WORD && t.length() == 5 && t.endsWith("0s")
        && t.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new TimeExpr(i, i + 1, parse(t.substring(0, 3) + "X", i, i + 1), false);
    }
    if (a.has(i, Lexicon.MONTH) && a.isCapitalized(i)) {
      return monthExpr(i, limit, afterCue);
    }
    if (a.tokType[i] == TextAnalysis.NUMBER) {
      // 4 October 1988
      int n = smallNumber(i);
      if (n >= 1 && n <= 31 && i + 1 < limit && a.has(i + 1, Lexicon.MONTH)
          && a.isCapitalized(i + 1)) {
        int m = MONTHS.get(a.tokNorm[i + 1]);
        int j = skipDot(i + 2, limit);
        int y = year(j);
        if (y >= 0) {
          return new TimeExpr(i, j + 1, dayOf(y, m, n, i, j + 1), false);
        }
        if (j < limit && a.tokType[j] == TextAnalysis.NUMBER && a.tokNorm[j].length() > 4) {
          return impossible(i, j + 1);
        }
        return new TimeExpr(i, j, guessYear(m, n), true);
      }
      // 2017-10-27
      int y = year(i);
      if (y >= 0 && i + 4 < limit && a.is(i + 1, "-") && a.adjacent(i, i + 1)
          && a.tokType[i + 2] == TextAnalysis.NUMBER && a.is(i + 3, "-")
          && a.tokType[i + 4] == TextAnalysis.NUMBER && a.adjacent(i + 3, i + 4)) {
        return new TimeExpr(i, i + 5, parse(a.text.substring(a.tokStart[i], a.tokEnd[i + 4]),
            i, i + 5), false);
      }
      if (y >= 0) {
        return new TimeExpr(i, i + 1, Edtf.ofYear(y), false);
      }
      // three years ago
      return agoFrom(i, limit);
    }
    if (Numbers.WORDS.containsKey(t)) {
      return agoFrom(i, limit);
    }
    return null;
  }

  /** Early / late / mid + expression: EDTF cannot say "late", so the value is the expression's. */
  private TimeExpr modified(int i, int j, int limit) {
    if (j < limit && a.is(j, "-")) {
      j++;
    }
    TimeExpr inner = simple(j, limit, true);
    return inner == null ? null : new TimeExpr(i, inner.end, inner.value, inner.relative);
  }

  /** "three years ago": a count from token i, a unit and "ago". */
  private TimeExpr agoFrom(int i, int limit) {
    // the count takes a token at least, the unit one more: with no "ago" after those in the
    // sentence (most counts) the count need not be read
    if (lastAgo(i, limit) < i + 2) {
      return null;
    }
    Numbers.Read r = Numbers.read(a, i, limit);
    return r == null ? null : ago(i, r, limit);
  }

  /** The sentence {@link #lastAgo} looked at last, and its last "ago" (or -1). */
  private int agoSentence = -1;
  private int agoToken;

  /**
   * Return the last "ago" of the sentence holding token i, or -1; if that lies at or after {@code
   * limit} (the finder's limits are sentence ends, so never), {@code limit}: the count is read.
   */
  private int lastAgo(int i, int limit) {
    int s = a.sentenceOf(i);
    if (s != agoSentence) {
      agoSentence = s;
      agoToken = -1;
      for (int k = a.sentLast[s]; k >= a.sentFirst[s]; k--) {
        if (a.is(k, "ago")) {
          agoToken = k;
          break;
        }
      }
    }
    return agoToken < limit ? agoToken : limit;
  }

  private TimeExpr ago(int i, Numbers.Read r, int limit) {
    int j = r.end;
    if (j + 1 < limit && a.is(j + 1, "ago") && r.value > 0 && r.value < 1000) {
      String unit = a.tokNorm[j];
      if (published == null) {
        return new TimeExpr(i, j + 2, null, true);
      }
      if (unit.startsWith("year")) {
        return new TimeExpr(i, j + 2, year(published.year() - (int) r.value, i, j + 2), true);
      }
      if (unit.startsWith("month")) {
        int total = published.year() * 12 + published.month().orElse(1) - 1 - (int) r.value;
        return new TimeExpr(i, j + 2, month(total / 12, total % 12 + 1), true);
      }
    }
    return null;
  }

  private TimeExpr relative(int i, int limit) {
    int j = i;
    boolean the = a.is(j, "the");
    if (the) {
      j++;
    }
    String dir = a.tokNorm[j];
    int k = j + 1;
    if (k >= limit) {
      return null;
    }
    Numbers.Read count = null;
    if (dir.equals("past") || dir.equals("last") || dir.equals("recent")) {
      count = Numbers.read(a, k, limit);
      if (count != null && count.value > 0 && count.value < 200) {
        k = count.end;
      } else {
        count = null;
      }
    }
    if (dir.equals("earlier") || dir.equals("later")) {
      if (a.is(k, "this") || a.is(k, "that")) {
        TimeExpr inner = relative(k, limit);
        return inner == null ? null : new TimeExpr(i, inner.end, inner.value, true);
      }
      return null;
    }
    String unit = a.tokNorm[k];
    int end = k + 1;
    boolean anchoredOnText = dir.equals("following") || dir.equals("previous")
        || dir.equals("same");
    if (anchoredOnText && unit.equals("year")) {
      if (lastYear < 0) {
        return new TimeExpr(i, end, null, true);
      }
      int y = lastYear + (dir.equals("following") ? 1 : dir.equals("previous") ? -1 : 0);
      return new TimeExpr(i, end, year(y, i, end), true);
    }
    if (anchoredOnText) {
      return null;
    }
    if (count != null && (unit.startsWith("year") || unit.startsWith("decade"))) {
      if (published == null) {
        return new TimeExpr(i, end, null, true);
      }
      int span = (int) count.value * (unit.startsWith("decade") ? 10 : 1);
      int y = published.year();
      return new TimeExpr(i, end, interval(year(y - span, i, end), Edtf.ofYear(y)), true);
    }
    if (count != null && unit.startsWith("month")) {
      if (published == null) {
        return new TimeExpr(i, end, null, true);
      }
      int total = published.year() * 12 + published.month().orElse(1) - 1 - (int) count.value;
      return new TimeExpr(i, end, interval(month(total / 12, total % 12 + 1),
          month(published.year(), published.month().orElse(12))), true);
    }
    if (!(unit.equals("year") || unit.equals("month") || unit.equals("week")
        || MONTHS.containsKey(unit) || SEASONS.containsKey(unit) || WEEKDAYS.containsKey(unit))
        || dir.equals("past") || dir.equals("recent")) {
      return null;
    }
    if (published == null) {
      return new TimeExpr(i, end, null, true);
    }
    int shift = dir.equals("last") ? -1 : dir.equals("next") ? 1 : 0;
    int y = published.year();
    if (unit.equals("year")) {
      return new TimeExpr(i, end, year(y + shift, i, end), true);
    }
    if (unit.equals("month")) {
      if (published.month().isEmpty()) {
        return new TimeExpr(i, end, null, true);
      }
      int total = y * 12 + published.month().get() - 1 + shift;
      return new TimeExpr(i, end, month(total / 12, total % 12 + 1), true);
    }
    if (unit.equals("week")) {
      if (published.date().isEmpty()) {
        return new TimeExpr(i, end, null, true);
      }
      LocalDate d = published.date().get().plusWeeks(shift);
      return new TimeExpr(i, end, month(d.getYear(), d.getMonthValue()), true);
    }
    if (MONTHS.containsKey(unit)) {
      int m = MONTHS.get(unit);
      int pm = published.month().orElse(12);
      int yy = dir.equals("last") ? (m < pm ? y : y - 1) : dir.equals("next")
          ? (m > pm ? y : y + 1) : y;
      return new TimeExpr(i, end, month(yy, m), true);
    }
    if (SEASONS.containsKey(unit)) {
      return new TimeExpr(i, end, season(y + (dir.equals("last") && SEASONS.get(unit) != 24
          && published.month().orElse(12) >= 6 ? 0 : shift), SEASONS.get(unit)), true);
    }
    if (published.date().isEmpty()) {
      return new TimeExpr(i, end, null, true);
    }
    LocalDate d = published.date().get();
    DayOfWeek w = WEEKDAYS.get(unit);
    int back = (d.getDayOfWeek().getValue() - w.getValue() + 7) % 7;
    if (dir.equals("last") && back == 0) {
      back = 7;
    }
    return new TimeExpr(i, end, day(d.minusDays(back)), true);
  }

  private TimeExpr monthExpr(int i, int limit, boolean afterCue) {
    int m = MONTHS.get(a.tokNorm[i]);
    int j = skipDot(i + 1, limit);
    // October 4, 1988 / October 4th 1988
    int n = j < limit ? smallNumber(j) : -1;
    if (n >= 1 && n <= 31 && !(a.tokNorm[j].length() == 4)) {
      int k = j + 1;
      if (k < limit && (a.is(k, "st") || a.is(k, "nd") || a.is(k, "rd") || a.is(k, "th"))) {
        k++;
      }
      if (k < limit && a.is(k, ",")) {
        k++;
      }
      int y = year(k);
      if (y >= 0) {
        return new TimeExpr(i, k + 1, dayOf(y, m, n, i, k + 1), false);
      }
      if (k < limit && a.tokType[k] == TextAnalysis.NUMBER && a.tokNorm[k].length() > 4) {
        return impossible(i, k + 1);
      }
      int end = a.is(k - 1, ",") ? k - 1 : k;
      return new TimeExpr(i, end, guessYear(m, n), true);
    }
    int k = j;
    if (k < limit && (a.is(k, ",") || a.is(k, "of"))) {
      k++;
    }
    int y = year(k);
    if (y >= 0) {
      return new TimeExpr(i, k + 1, month(y, m), false);
    }
    boolean cued = afterCue || (i > 0 && MONTH_CUES.has(a, i - 1));
    if (!cued || (m == 5 && !(i > 0 && !a.is(i - 1, "a") && !a.is(i - 1, "the")))) {
      return null;
    }
    if (published == null) {
      return new TimeExpr(i, j, null, true);
    }
    int pm = published.month().orElse(12);
    boolean next = i > 0 && a.is(i - 1, "next");
    int yy = next ? (m > pm ? published.year() : published.year() + 1)
        : (m <= pm ? published.year() : published.year() - 1);
    return new TimeExpr(i, j, month(yy, m), true);
  }

  private Edtf guessYear(int m, int d) {
    if (published == null) {
      return null;
    }
    int pm = published.month().orElse(12);
    int y = m <= pm ? published.year() : published.year() - 1;
    try {
      return Edtf.ofDay(LocalDate.of(y, m, d));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private int skipDot(int j, int limit) {
    return j < limit && a.is(j, ".") && a.adjacent(j - 1, j) ? j + 1 : j;
  }

  private int smallNumber(int i) {
    if (a.tokType[i] != TextAnalysis.NUMBER || a.tokNorm[i].length() > 2) {
      return -1;
    }
    return Numbers.plainInt(a.tokNorm[i]);
  }

  /** Return the year a token of four digits as written gives, 1000 to 2999, or -1. */
  private int year(int i) {
    if (i < 0 || i >= a.tokenCount || a.tokType[i] != TextAnalysis.NUMBER
        || a.tokEnd[i] - a.tokStart[i] != 4) {
      return -1;
    }
    int y = Numbers.plainInt(a.text, a.tokStart[i], a.tokEnd[i]);
    return y >= 1000 && y <= 2999 ? y : -1;
  }

  private Edtf dayOf(int y, int m, int d, int from, int to) {
    try {
      return Edtf.ofDay(LocalDate.of(y, m, d));
    } catch (RuntimeException e) {
      warn(from, to);
      return null;
    }
  }

  private TimeExpr impossible(int from, int to) {
    warn(from, to);
    return new TimeExpr(from, to, null, false);
  }

  private Edtf parse(String edtf, int from, int to) {
    try {
      return Edtf.parse(edtf);
    } catch (IllegalArgumentException e) {
      warn(from, to);
      return null;
    }
  }

  private void warn(int from, int to) {
    String words = a.text.substring(a.tokStart[from], a.tokEnd[to - 1]);
    if (words.length() > 60) {
      words = words.substring(0, 60) + "…";
    }
    warnings.add("The date '" + words + "' is not a real calendar date; it was kept without a"
        + " value.");
  }

  private static Edtf day(LocalDate d) {
    return d.getYear() < 0 || d.getYear() > 9999 ? null : Edtf.ofDay(d);
  }

  private static Edtf month(int y, int m) {
    return y < 0 || y > 9999 ? null : Edtf.ofMonth(y, m);
  }

  private Edtf year(int y, int from, int to) {
    if (y < 0 || y > 9999) {
      warn(from, to);
      return null;
    }
    return Edtf.ofYear(y);
  }

  private static Edtf season(int y, int s) {
    return y < 0 || y > 9999 ? null : Edtf.parse(String.format("%04d-%d", y, s));
  }

  private static Edtf interval(Edtf from, Edtf to) {
    if (from == null || to == null) {
      return from != null ? from : to;
    }
    Edtf start = from.isInterval() ? from.start().orElse(null) : from;
    Edtf end = to.isInterval() ? to.end().orElse(null) : to;
    try {
      return Edtf.interval(start, end);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
