package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 date or date-time at the precision its source gives: {@code 2017}, {@code 2017-10},
 * {@code 2017-10-27}, {@code 2017-10-27T14:52}, {@code 2017-10-27T14:52:09} or with an offset,
 * {@code 2017-10-27T14:52+09:00}. Seconds appear only when given, and no offset is invented.
 */
public final class PartialDateTime implements Serializable, Comparable<PartialDateTime> {
  private static final long serialVersionUID = 1L;

  // Anchored, no nested quantifiers: linear in the input.
  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?"
              + "(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

  /** How much of a date-time a value gives. */
  public enum Precision {
    /** Year only. */
    YEAR,
    /** Year and month. */
    MONTH,
    /** A calendar day. */
    DAY,
    /** Day, hour and minute. */
    MINUTE,
    /** Day, hour, minute and second. */
    SECOND
  }

  private final String text;
  private final Precision precision;
  private final int year;
  private final int month;
  private final int day;
  private final LocalTime time;
  private final ZoneOffset offset;

  private PartialDateTime(
      Precision precision, int year, int month, int day, LocalTime time, ZoneOffset offset) {
    this.precision = precision;
    this.year = year;
    this.month = month;
    this.day = day;
    this.time = time;
    this.offset = offset;
    this.text = format();
  }

  /**
   * Parse an ISO-8601 date or date-time of any of the precisions this type holds.
   *
   * @param text such as {@code "2017-10-27T14:52"}
   * @return the value
   * @throws IllegalArgumentException if {@code text} is not of those forms or names an impossible
   *     date or time
   */
  @JsonCreator
  public static PartialDateTime parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("date-time must not be null");
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + abbreviate(text) + "' is not an ISO-8601 date or date-time");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return ofMonth(year, month);
      }
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return of(date);
      }
      boolean seconds = m.group(6) != null;
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              seconds ? Integer.parseInt(m.group(6)) : 0);
      ZoneOffset offset = m.group(7) == null ? null : ZoneOffset.of(m.group(7));
      return new PartialDateTime(
          seconds ? Precision.SECOND : Precision.MINUTE,
          date.getYear(),
          date.getMonthValue(),
          date.getDayOfMonth(),
          time,
          offset);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + abbreviate(text) + "' is not a real date or time: " + e.getMessage(), e);
    }
  }

  /**
   * Return a year-precision value.
   *
   * @param year from 0 to 9999
   * @return the value
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDateTime ofYear(int year) {
    checkYear(year);
    return new PartialDateTime(Precision.YEAR, year, 0, 0, null, null);
  }

  /**
   * Return a month-precision value.
   *
   * @param year from 0 to 9999
   * @param month from 1 to 12
   * @return the value
   * @throws IllegalArgumentException if either is out of range
   */
  public static PartialDateTime ofMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not from 1 to 12");
    }
    return new PartialDateTime(Precision.MONTH, year, month, 0, null, null);
  }

  /**
   * Return a day-precision value.
   *
   * @param date the day
   * @return the value
   * @throws IllegalArgumentException if the year is outside 0..9999
   */
  public static PartialDateTime of(LocalDate date) {
    checkYear(date.getYear());
    return new PartialDateTime(
        Precision.DAY, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, null);
  }

  /**
   * Return a minute- or second-precision value without offset.
   *
   * @param dateTime the local date-time
   * @param withSeconds whether the source gave seconds
   * @return the value
   * @throws IllegalArgumentException if the year is outside 0..9999
   */
  public static PartialDateTime of(LocalDateTime dateTime, boolean withSeconds) {
    return of(dateTime, withSeconds, null);
  }

  /**
   * Return a minute- or second-precision value, with an offset when the source gave one.
   *
   * @param dateTime the local date-time
   * @param withSeconds whether the source gave seconds
   * @param offset the offset the source gave, or null
   * @return the value
   * @throws IllegalArgumentException if the year is outside 0..9999
   */
  public static PartialDateTime of(
      LocalDateTime dateTime, boolean withSeconds, ZoneOffset offset) {
    checkYear(dateTime.getYear());
    LocalTime time = dateTime.toLocalTime().withNano(0);
    if (!withSeconds) {
      time = time.withSecond(0);
    }
    return new PartialDateTime(
        withSeconds ? Precision.SECOND : Precision.MINUTE,
        dateTime.getYear(),
        dateTime.getMonthValue(),
        dateTime.getDayOfMonth(),
        time,
        offset);
  }

  /**
   * Return a second-precision value with the offset of an {@link OffsetDateTime}.
   *
   * @param dateTime the date-time
   * @return the value
   */
  public static PartialDateTime of(OffsetDateTime dateTime) {
    return of(dateTime.toLocalDateTime(), true, dateTime.getOffset());
  }

  /**
   * Return how much this value gives.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Return the year.
   *
   * @return the year, 0 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Return the month, if given.
   *
   * @return the month, 1 to 12, or empty at year precision
   */
  public Optional<Integer> month() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /**
   * Return the day, if given.
   *
   * @return the calendar day, or empty at year or month precision
   */
  public Optional<LocalDate> date() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Return the time of day, if given.
   *
   * @return the time (seconds are zero unless the precision is {@link Precision#SECOND})
   */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /**
   * Return the offset from UTC, if the source gave one.
   *
   * @return the offset, or empty
   */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * Return the first day this value may denote.
   *
   * @return the earliest day
   */
  public LocalDate earliestDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  private String format() {
    StringBuilder out = new StringBuilder(25);
    appendPadded(out, year, 4);
    if (precision == Precision.YEAR) {
      return out.toString();
    }
    out.append('-');
    appendPadded(out, month, 2);
    if (precision == Precision.MONTH) {
      return out.toString();
    }
    out.append('-');
    appendPadded(out, day, 2);
    if (time == null) {
      return out.toString();
    }
    out.append('T');
    appendPadded(out, time.getHour(), 2);
    out.append(':');
    appendPadded(out, time.getMinute(), 2);
    if (precision == Precision.SECOND) {
      out.append(':');
      appendPadded(out, time.getSecond(), 2);
    }
    if (offset != null) {
      out.append(offset.getId());
    }
    return out.toString();
  }

  private static void appendPadded(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is not from 0 to 9999");
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** Order by the earliest instant the value may denote, then by precision. */
  @Override
  public int compareTo(PartialDateTime other) {
    int byDay = earliestDay().compareTo(other.earliestDay());
    if (byDay != 0) {
      return byDay;
    }
    int byTime =
        time().orElse(LocalTime.MIDNIGHT).compareTo(other.time().orElse(LocalTime.MIDNIGHT));
    if (byTime != 0) {
      return byTime;
    }
    int byPrecision = precision.compareTo(other.precision);
    return byPrecision != 0 ? byPrecision : text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDateTime && ((PartialDateTime) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  /**
   * Return the ISO-8601 form, the same as its JSON.
   *
   * @return such as {@code "2017-10-27T14:52"}
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
