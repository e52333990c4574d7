package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the Library of Congress Extended Date/Time Format (EDTF), at the precision the text
 * gives: a day {@code 1988-10-04}, a month {@code 2017-09}, a year {@code 2016}, a season {@code
 * 2017-21} (spring), a decade {@code 201X}, an uncertain or approximate date ({@code 2017?}, {@code
 * 2017-09~}, {@code 2017%}), or an interval {@code 2017-01/2017-10} whose ends may be open ({@code
 * 2017-01/..}) or unknown ({@code /2017}).
 *
 * <p>Values are immutable and ordered by the earliest day they may denote, then by the latest.
 * Parsing rejects impossible dates such as {@code 2017-02-30}.
 */
public final class Edtf implements Serializable, Comparable<Edtf> {
  private static final long serialVersionUID = 1L;

  // Anchored and free of nested quantifiers, so matching is linear in the input.
  private static final Pattern DATE =
      Pattern.compile("(\\d{4}|\\d{3}X|\\d{2}XX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?([?~%])?");

  /** How much a single EDTF date gives. */
  public enum Precision {
    /** A century, {@code 19XX}. */
    CENTURY,
    /** A decade, {@code 201X}. */
    DECADE,
    /** A year. */
    YEAR,
    /** A season of a year ({@code 21} spring … {@code 24} winter). */
    SEASON,
    /** A month. */
    MONTH,
    /** A day. */
    DAY
  }

  /** The qualifier of a single date. */
  public enum Qualifier {
    /** No qualifier. */
    NONE(""),
    /** {@code ?}: uncertain. */
    UNCERTAIN("?"),
    /** {@code ~}: approximate. */
    APPROXIMATE("~"),
    /** {@code %}: uncertain and approximate. */
    UNCERTAIN_APPROXIMATE("%");

    private final String symbol;

    Qualifier(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Return the EDTF symbol.
     *
     * @return {@code ""}, {@code "?"}, {@code "~"} or {@code "%"}
     */
    public String symbol() {
      return symbol;
    }
  }

  private final String text;
  // A single date: precision != null. An interval: start/end (each null when open or unknown).
  private final Precision precision;
  private final Qualifier qualifier;
  private final LocalDate earliest;
  private final LocalDate latest;
  private final Edtf start;
  private final Edtf end;
  private final boolean startOpen;
  private final boolean endOpen;

  private Edtf(String text, Precision precision, Qualifier qualifier, LocalDate earliest,
      LocalDate latest) {
    this.text = text;
    this.precision = precision;
    this.qualifier = qualifier;
    this.earliest = earliest;
    this.latest = latest;
    this.start = null;
    this.end = null;
    this.startOpen = false;
    this.endOpen = false;
  }

  private Edtf(Edtf start, boolean startOpen, Edtf end, boolean endOpen) {
    this.text = side(start, startOpen) + "/" + side(end, endOpen);
    this.precision = null;
    this.qualifier = Qualifier.NONE;
    this.earliest = start == null ? null : start.earliest;
    this.latest = end == null ? null : end.latest;
    this.start = start;
    this.end = end;
    this.startOpen = startOpen;
    this.endOpen = endOpen;
  }

  private static String side(Edtf date, boolean open) {
    return date != null ? date.text : open ? ".." : "";
  }

  /**
   * Parse an EDTF value.
   *
   * @param text such as {@code "2017-09"} or {@code "2017-01/2017-10"}
   * @return the value
   * @throws IllegalArgumentException if {@code text} is not EDTF of the forms this type holds, names
   *     an impossible date, or is an interval whose start lies after its end
   */
  @JsonCreator
  public static Edtf parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("EDTF value must not be null");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return parseDate(text);
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw invalid(text, "has more than one '/'");
    }
    String left = text.substring(0, slash);
    String right = text.substring(slash + 1);
    Edtf start = left.isEmpty() || left.equals("..") ? null : parseDate(left);
    Edtf end = right.isEmpty() || right.equals("..") ? null : parseDate(right);
    if (start == null && end == null) {
      throw invalid(text, "is an interval with neither end known");
    }
    return interval(start, left.equals(".."), end, right.equals(".."));
  }

  /**
   * Return the interval between two dates; a null end is unknown.
   *
   * @param start the first date, or null when unknown
   * @param end the last date, or null when unknown
   * @return the interval
   * @throws IllegalArgumentException if both are null, either is itself an interval, or start lies
   *     after end
   */
  public static Edtf interval(Edtf start, Edtf end) {
    return interval(start, false, end, false);
  }

  /**
   * Return the interval from a date with no end ({@code 2017-01/..}).
   *
   * @param start the first date
   * @return the open-ended interval
   * @throws IllegalArgumentException if {@code start} is an interval
   */
  public static Edtf openEndedFrom(Edtf start) {
    return interval(start, false, null, true);
  }

  private static Edtf interval(Edtf start, boolean startOpen, Edtf end, boolean endOpen) {
    if (start == null && end == null) {
      throw new IllegalArgumentException("an interval needs at least one known end");
    }
    if ((start != null && start.isInterval()) || (end != null && end.isInterval())) {
      throw new IllegalArgumentException("the ends of an interval must be single dates");
    }
    if (start != null && end != null && start.earliest.isAfter(end.latest)) {
      throw new IllegalArgumentException(
          "interval " + start + "/" + end + " starts after it ends");
    }
    return new Edtf(start, startOpen, end, endOpen);
  }

  /**
   * Return the EDTF value of a calendar day.
   *
   * @param date the day, in years 0 to 9999
   * @return the day-precision value
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Edtf ofDay(LocalDate date) {
    // built directly, not parsed again: extraction makes one value per date it reads
    return new Edtf(PartialDateTime.of(date).toString(), Precision.DAY, Qualifier.NONE, date,
        date);
  }

  /**
   * Return the EDTF value of a month.
   *
   * @param year 0 to 9999
   * @param month 1 to 12
   * @return the month-precision value
   * @throws IllegalArgumentException if either is out of range
   */
  public static Edtf ofMonth(int year, int month) {
    String text = PartialDateTime.ofMonth(year, month).toString(); // checks both
    YearMonth yearMonth = YearMonth.of(year, month);
    return new Edtf(text, Precision.MONTH, Qualifier.NONE, yearMonth.atDay(1),
        yearMonth.atEndOfMonth());
  }

  /**
   * Return the EDTF value of a year.
   *
   * @param year 0 to 9999
   * @return the year-precision value
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Edtf ofYear(int year) {
    return new Edtf(PartialDateTime.ofYear(year).toString(), Precision.YEAR, Qualifier.NONE,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static Edtf parseDate(String text) {
    String yearText;
    String monthText;
    String dayText;
    Qualifier qualifier;
    if (isPlainDate(text)) {
      // the common forms (2017, 2017-09, 2017-09-04) without the matcher
      yearText = text.substring(0, 4);
      monthText = text.length() >= 7 ? text.substring(5, 7) : null;
      dayText = text.length() == 10 ? text.substring(8, 10) : null;
      qualifier = Qualifier.NONE;
    } else {
      Matcher m = DATE.matcher(text);
      if (!m.matches()) {
        throw invalid(text, "is not an EDTF date");
      }
      yearText = m.group(1);
      monthText = m.group(2);
      dayText = m.group(3);
      qualifier = qualifierOf(m.group(4));
    }
    try {
      if (yearText.indexOf('X') >= 0) {
        if (monthText != null) {
          throw invalid(text, "gives a month of an unspecified year");
        }
        boolean century = yearText.endsWith("XX");
        int base = Integer.parseInt(yearText.replace('X', '0'));
        int last = base + (century ? 99 : 9);
        return new Edtf(text, century ? Precision.CENTURY : Precision.DECADE, qualifier,
            LocalDate.of(base, 1, 1), LocalDate.of(last, 12, 31));
      }
      int year = Integer.parseInt(yearText);
      if (monthText == null) {
        return new Edtf(text, Precision.YEAR, qualifier, LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31));
      }
      if (monthText.equals("XX")) {
        if (dayText != null && !dayText.equals("XX")) {
          throw invalid(text, "gives a day of an unspecified month");
        }
        return new Edtf(text, Precision.YEAR, qualifier, LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31));
      }
      int month = Integer.parseInt(monthText);
      if (month >= 21 && month <= 24) {
        if (dayText != null) {
          throw invalid(text, "gives a day of a season");
        }
        return season(text, year, month, qualifier);
      }
      YearMonth yearMonth = YearMonth.of(year, month);
      if (dayText == null || dayText.equals("XX")) {
        return new Edtf(text, Precision.MONTH, qualifier,
            yearMonth.atDay(1), yearMonth.atEndOfMonth());
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(dayText));
      return new Edtf(text, Precision.DAY, qualifier, day, day);
    } catch (DateTimeException e) {
      throw invalid(text, "is not a real date (" + e.getMessage() + ")");
    }
  }

  /** Tell whether text is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} in ASCII digits. */
  private static boolean isPlainDate(String text) {
    int n = text.length();
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static Edtf season(String text, int year, int season, Qualifier qualifier) {
    // Northern-hemisphere seasons, as EDTF's level 1 leaves them to convention.
    switch (season) {
      case 21:
        return new Edtf(text, Precision.SEASON, qualifier, LocalDate.of(year, 3, 1),
            LocalDate.of(year, 5, 31));
      case 22:
        return new Edtf(text, Precision.SEASON, qualifier, LocalDate.of(year, 6, 1),
            LocalDate.of(year, 8, 31));
      case 23:
        return new Edtf(text, Precision.SEASON, qualifier, LocalDate.of(year, 9, 1),
            LocalDate.of(year, 11, 30));
      default:
        // Winter runs into the next year's February; the last representable winter ends with
        // year 9999 itself.
        LocalDate winterEnd = year == 9999
            ? LocalDate.of(9999, 12, 31) : YearMonth.of(year + 1, 2).atEndOfMonth();
        return new Edtf(text, Precision.SEASON, qualifier, LocalDate.of(year, 12, 1), winterEnd);
    }
  }

  private static Qualifier qualifierOf(String symbol) {
    if (symbol == null) {
      return Qualifier.NONE;
    }
    for (Qualifier q : Qualifier.values()) {
      if (q.symbol.equals(symbol)) {
        return q;
      }
    }
    return Qualifier.NONE;
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException(
        "'" + PartialDateTime.abbreviate(text) + "' " + why);
  }

  /**
   * Tell whether this value is an interval.
   *
   * @return true for {@code a/b}
   */
  public boolean isInterval() {
    return precision == null;
  }

  /**
   * Return the precision of a single date.
   *
   * @return the precision, or empty for an interval
   */
  public Optional<Precision> precision() {
    return Optional.ofNullable(precision);
  }

  /**
   * Return the qualifier of a single date.
   *
   * @return the qualifier; {@link Qualifier#NONE} for intervals
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Return the start of an interval.
   *
   * @return the start date, or empty when this is a single date or the start is open or unknown
   */
  public Optional<Edtf> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Return the end of an interval.
   *
   * @return the end date, or empty when this is a single date or the end is open or unknown
   */
  public Optional<Edtf> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Return the earliest day this value may denote.
   *
   * @return the first day, or empty when an interval's start is open or unknown
   */
  public Optional<LocalDate> earliestDay() {
    return Optional.ofNullable(earliest);
  }

  /**
   * Return the latest day this value may denote.
   *
   * @return the last day, or empty when an interval's end is open or unknown
   */
  public Optional<LocalDate> latestDay() {
    return Optional.ofNullable(latest);
  }

  /**
   * Tell whether some day may lie in both values.
   *
   * @param other another value
   * @return true if their day ranges overlap (open ends reach infinitely)
   */
  public boolean overlaps(Edtf other) {
    LocalDate a0 = earliest == null ? LocalDate.MIN : earliest;
    LocalDate a1 = latest == null ? LocalDate.MAX : latest;
    LocalDate b0 = other.earliest == null ? LocalDate.MIN : other.earliest;
    LocalDate b1 = other.latest == null ? LocalDate.MAX : other.latest;
    return !a0.isAfter(b1) && !b0.isAfter(a1);
  }

  @Override
  public int compareTo(Edtf other) {
    int byStart = (earliest == null ? LocalDate.MIN : earliest)
        .compareTo(other.earliest == null ? LocalDate.MIN : other.earliest);
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = (latest == null ? LocalDate.MAX : latest)
        .compareTo(other.latest == null ? LocalDate.MAX : other.latest);
    return byEnd != 0 ? byEnd : text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Edtf && ((Edtf) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Return the EDTF text, the same as its JSON.
   *
   * @return such as {@code "2017-01/2017-10"}
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  private Object readResolve() {
    return parse(text);
  }
}
