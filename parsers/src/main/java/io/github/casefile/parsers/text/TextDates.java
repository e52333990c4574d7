package io.github.casefile.parsers.text;

import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Dates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that plain-text headers state: ISO forms ({@code 2017-10-27 14:52}),
 * month names ({@code Oct 24th 2020}, {@code 7 March 2013}) with an optional time and zone. A date
 * without a year is not a date here: no year is ever guessed.
 */
final class TextDates {
  /** What separates the words {@link #leftover} counts (compiled once, not per line). */
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");

  // Every pattern is a sequence of bounded or single-class quantifiers: linear in the input.
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s{1,3})(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?"
          + "(?:\\s{0,2}(Z|[+-]\\d{2}:?\\d{2}))?(?!\\d)");
  private static final String MONTH = "([A-Za-z]{3,9})\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![A-Za-z])" + MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}" + MONTH + ",?\\s{1,3}(\\d{4})(?!\\d)");
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)\\s{0,2}([AaPp]\\.?[Mm]\\.?)?"
          + "(?:\\s{0,2}([A-Z]{1,4}\\b))?");

  // Only zones whose offset is fixed by their name; ambiguous ones (IST, CST) are not read.
  private static final Map<String, ZoneOffset> ZONES = Map.of(
      "UTC", ZoneOffset.UTC, "GMT", ZoneOffset.UTC, "Z", ZoneOffset.UTC,
      "KST", ZoneOffset.ofHours(9), "JST", ZoneOffset.ofHours(9),
      "EST", ZoneOffset.ofHours(-5), "EDT", ZoneOffset.ofHours(-4),
      "PST", ZoneOffset.ofHours(-8), "PDT", ZoneOffset.ofHours(-7),
      "BST", ZoneOffset.ofHours(1));

  private TextDates() {}

  /** What reading found: a date, or words shaped like a date that name no real one. */
  static final class Reading {
    private final PartialDateTime value;
    private final String unreadable;

    private Reading(PartialDateTime value, String unreadable) {
      this.value = value;
      this.unreadable = unreadable;
    }

    /** Return the date, or null when the words name no real date. */
    PartialDateTime value() {
      return value;
    }

    /** Return the words that looked like a date but could not be read, or null. */
    String unreadable() {
      return unreadable;
    }
  }

  /**
   * Tell whether a whole string is a date in one of the forms this class reads, even an impossible
   * one such as {@code 2017-13-45}.
   */
  static boolean isWholeDate(String text) {
    // Every form has a four-digit year, and most lines the header classifies (headlines, the
    // first lines of the body) have none: they are told without the regular expressions.
    return hasFourDigits(text) && matchesWholeDate(text);
  }

  /** The rule of {@link #isWholeDate} by its regular expressions alone. */
  static boolean matchesWholeDate(String text) {
    String t = text.trim();
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return true;
    }
    Reading reading = find(t);
    return reading != null && reading.value != null && leftover(t) <= 3;
  }

  /** Tell whether a text has four ASCII digits in a row, as {@code \\d{4}} matches them. */
  private static boolean hasFourDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * Find the first date in a short header line.
   *
   * @return the reading, or null when the line holds nothing shaped like a date
   */
  static Reading find(String line) {
    Matcher iso = ISO.matcher(line);
    if (iso.find()) {
      return readIso(iso);
    }
    Reading named = monthName(MONTH_DAY_YEAR, 1, 2, line);
    return named != null ? named : monthName(DAY_MONTH_YEAR, 2, 1, line);
  }

  /** Find the first match of a month-name pattern whose month word is a month's name. */
  private static Reading monthName(Pattern pattern, int monthGroup, int dayGroup, String line) {
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      Integer month = Dates.month(m.group(monthGroup).toLowerCase(Locale.ROOT));
      if (month != null) {
        LocalDate date = date(m.group(3), month, m.group(dayGroup));
        return date == null ? new Reading(null, m.group()) : new Reading(withTime(date, line), null);
      }
    }
    return null;
  }

  private static Reading readIso(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return new Reading(PartialDateTime.of(date), null);
      }
      boolean seconds = m.group(6) != null;
      LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          seconds ? Integer.parseInt(m.group(6)) : 0);
      ZoneOffset offset = null;
      if (m.group(7) != null) {
        String zone = m.group(7);
        offset = zone.equals("Z") ? ZoneOffset.UTC
            : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3)
                : zone);
      }
      return new Reading(PartialDateTime.of(time, seconds, offset), null);
    } catch (DateTimeException | IllegalArgumentException e) {
      return new Reading(null, m.group());
    }
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Add the time of day that the line states next to the date, if it states exactly one. */
  private static PartialDateTime withTime(LocalDate date, String line) {
    Matcher t = TIME.matcher(line);
    if (!t.find()) {
      return PartialDateTime.of(date);
    }
    int hour = Integer.parseInt(t.group(1));
    int minute = Integer.parseInt(t.group(2));
    String meridiem = t.group(4);
    if (meridiem != null) {
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return PartialDateTime.of(date);
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return PartialDateTime.of(date);
    }
    boolean seconds = t.group(3) != null;
    int second = seconds ? Integer.parseInt(t.group(3)) : 0;
    if (second > 59) {
      return PartialDateTime.of(date);
    }
    ZoneOffset offset = t.group(5) == null ? null : ZONES.get(t.group(5));
    return PartialDateTime.of(date.atTime(hour, minute, second), seconds, offset);
  }

  /** Count the words of a line that are not part of its date or time. */
  private static int leftover(String line) {
    String rest = MONTH_DAY_YEAR.matcher(line).replaceFirst(" ");
    rest = DAY_MONTH_YEAR.matcher(rest).replaceFirst(" ");
    rest = TIME.matcher(rest).replaceFirst(" ");
    int words = 0;
    for (String word : WORD_BREAKS.split(rest.trim())) {
      if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
        words++;
      }
    }
    return words;
  }
}
