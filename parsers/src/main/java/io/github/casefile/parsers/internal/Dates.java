package io.github.casefile.parsers.internal;

import io.github.casefile.model.PartialDateTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that feeds, exports and pages state, leniently, into a {@link PartialDateTime} at
 * the precision the text gives. Internal to the parsers module.
 *
 * <p>It reads ISO-8601 and its everyday relatives ({@code 2017-10-27}, {@code 2017-10-27 14:52},
 * {@code 2017-10-27T14:52:09.123Z}, {@code 2017/10/27}, {@code 2017-10}, {@code 2017}), RFC 822
 * ({@code Fri, 27 Oct 2017 14:52:00 +0900}, two-digit years included) and written dates ({@code
 * October 27, 2017}, {@code 27th October 2017 2:52 pm}, {@code Updated July 6, 2016 3:46 p.m. ET},
 * {@code 08:47 EST, 7 March 2013}). Labels such as "Published", "Updated" and "Posted on" and
 * weekday names are skipped.
 *
 * <p>No offset is invented: numeric offsets and {@code Z}, {@code UT}, {@code UTC} and {@code GMT}
 * give one; other zone names ({@code EST}, {@code KST}, {@code ET}) are skipped, keeping the local
 * time without an offset, because their offset depends on rules the text does not give (and many
 * are ambiguous). A date with any word or number this class does not know is unreadable: the result
 * is empty and the caller warns.
 */
public final class Dates {
  private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}(?::?\\d{2})?");

  // Anchored; each group is bounded or a simple character class: linear in the input.
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2})"
          + "(?:(?:T|\\s+|\\s*,\\s*)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
          + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\s*\\(?([A-Za-z]{1,5})\\)?)?)?)?)?");
  private static final Pattern LEADING_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final int MAX_LENGTH = 200;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
      Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10),
      Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
      Map.entry("dec", 12), Map.entry("december", 12));
  private static final Set<String> SKIPPED = Set.of(
      "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
      "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "published", "updated",
      "posted", "modified", "last", "created", "date", "on", "at", "of", "the", "time");
  private static final Set<String> UTC_NAMES = Set.of("z", "ut", "utc", "gmt");
  private static final Set<String> ZONE_NAMES = Set.of(
      "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst",
      "akdt", "hst", "ast", "adt", "kst", "jst", "hkt", "sgt", "ist", "bst", "cet", "cest", "eet",
      "eest", "wet", "west", "msk", "aest", "aedt", "nzst", "nzdt", "pyt", "cct");

  private Dates() {}

  /**
   * Read a stated date or date-time.
   *
   * @param text the date as the source states it, such as {@code "Fri, 27 Oct 2017 14:52:00
   *     +0900"}; may be null
   * @return the value at the precision given, or empty if the text is not a date this class reads
   */
  public static Optional<PartialDateTime> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(trimmed);
    if (iso.matches()) {
      return fromIso(iso);
    }
    return new Words(trimmed).read();
  }

  /**
   * Return the number of an English month written in full or abbreviated ("oct", "sept",
   * "october"), shared by the formats that read dates.
   *
   * @param lowerCaseName the name in lower case
   * @return 1 to 12, or null if it names no month
   */
  public static Integer month(String lowerCaseName) {
    return MONTHS.get(lowerCaseName);
  }

  /**
   * Read the calendar day at the start of a value that is not a date this class reads as a whole,
   * such as the {@code 2020-09-11-21-22-34} of some static-site exports. The caller warns that the
   * rest was not read.
   *
   * @param text the value; may be null
   * @return the day, or empty if the value does not open with {@code yyyy-MM-dd}
   */
  public static Optional<PartialDateTime> leadingDay(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = LEADING_DAY.matcher(text.strip());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  private static Optional<PartialDateTime> fromIso(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    if (m.group(3) == null) {
      return guard(() -> PartialDateTime.ofYear(year));
    }
    int month = Integer.parseInt(m.group(3));
    if (m.group(4) == null) {
      return guard(() -> PartialDateTime.ofMonth(year, month));
    }
    int day = Integer.parseInt(m.group(4));
    if (m.group(5) == null) {
      return day(year, month, day);
    }
    String zoneName = m.group(9);
    ZoneOffset offset = null;
    if (m.group(8) != null) {
      offset = offset(m.group(8));
      if (offset == null || zoneName != null) {
        return Optional.empty();
      }
    } else if (zoneName != null) {
      String zone = zoneName.toLowerCase(Locale.ROOT);
      if (UTC_NAMES.contains(zone)) {
        offset = ZoneOffset.UTC;
      } else if (!ZONE_NAMES.contains(zone)) {
        return Optional.empty();
      }
    }
    return dateTime(year, month, day, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
        m.group(7) == null ? -1 : Integer.parseInt(m.group(7)), offset);
  }

  private static Optional<PartialDateTime> day(int year, int month, int day) {
    return guard(() -> PartialDateTime.of(LocalDate.of(year, month, day)));
  }

  static Optional<PartialDateTime> dateTime(int year, int month, int day, int hour, int minute,
      int second, ZoneOffset offset) {
    return guard(() -> PartialDateTime.of(
        LocalDateTime.of(year, month, day, hour, minute, Math.max(second, 0)), second >= 0,
        offset));
  }

  /** Parse {@code Z}, {@code +09}, {@code +0900} or {@code +09:00}; null if out of range. */
  private static ZoneOffset offset(String text) {
    if (text.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = text.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    if (hours > 18 || minutes > 59) {
      return null;
    }
    int sign = text.charAt(0) == '-' ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Optional<PartialDateTime> guard(ValueSupplier supplier) {
    try {
      return Optional.of(supplier.get());
    } catch (DateTimeException | IllegalArgumentException e) {
      // An impossible date (31 February, year 0000-00) reads as no date at all.
      return Optional.empty();
    }
  }

  @FunctionalInterface
  private interface ValueSupplier {
    PartialDateTime get();
  }

  /** A written date, read token by token: each token is a number, a word, a time or an offset. */
  private static final class Words {
    private final String text;
    private int pos;
    private int year = -1;
    private int month = -1;
    private int day = -1;
    private int shortNumber = -1;
    private int hour = -1;
    private int minute = -1;
    private int second = -1;
    private String meridiem;
    private ZoneOffset offset;

    Words(String text) {
      this.text = text;
    }

    Optional<PartialDateTime> read() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        boolean ok;
        if (Character.isWhitespace(c) || c == ',' || c == ':' || c == '|' || c == '/'
            || c == '\u2014' || c == '\u2013' || c == '(' || c == ')') {
          pos++;
          ok = true;
        } else if ((c == '+' || c == '-') && hour >= 0 && offset == null && nextIsDigit()) {
          ok = readOffset();
        } else if (c == '-') {
          pos++;
          ok = true;
        } else if (c >= '0' && c <= '9') {
          ok = readNumber();
        } else if (Character.isLetter(c)) {
          ok = readWord();
        } else {
          ok = false;
        }
        if (!ok) {
          return Optional.empty();
        }
      }
      return build();
    }

    private boolean nextIsDigit() {
      return pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1));
    }

    private boolean readOffset() {
      int start = pos;
      pos++;
      while (pos < text.length() && (Character.isDigit(text.charAt(pos))
          || text.charAt(pos) == ':') && pos - start < 6) {
        pos++;
      }
      String raw = text.substring(start, pos);
      if (!OFFSET.matcher(raw).matches()) {
        return false;
      }
      offset = offset(raw);
      return offset != null;
    }

    private boolean readNumber() {
      int start = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 5) {
        pos++;
      }
      String digits = text.substring(start, pos);
      if (pos < text.length() && text.charAt(pos) == ':') {
        return readTime(Integer.parseInt(digits));
      }
      // Ordinal suffixes: 27th, 1st, 2nd, 3rd.
      int suffix = pos;
      while (suffix < text.length() && Character.isLetter(text.charAt(suffix))
          && suffix - pos < 3) {
        suffix++;
      }
      String letters = text.substring(pos, suffix).toLowerCase(Locale.ROOT);
      if (letters.equals("st") || letters.equals("nd") || letters.equals("rd")
          || letters.equals("th")) {
        pos = suffix;
      }
      if (digits.length() == 4) {
        if (year >= 0) {
          return false;
        }
        year = Integer.parseInt(digits);
        return true;
      }
      if (digits.length() > 2) {
        return false;
      }
      int value = Integer.parseInt(digits);
      if (day < 0) {
        day = value;
        return true;
      }
      if (shortNumber < 0) {
        shortNumber = value;
        return true;
      }
      return false;
    }

    private boolean readTime(int hours) {
      if (hour >= 0) {
        return false;
      }
      hour = hours;
      pos++;
      int start = pos;
      while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 3) {
        pos++;
      }
      if (pos - start != 2) {
        return false;
      }
      minute = Integer.parseInt(text.substring(start, pos));
      if (pos < text.length() && text.charAt(pos) == ':') {
        pos++;
        start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 3) {
          pos++;
        }
        if (pos - start != 2) {
          return false;
        }
        second = Integer.parseInt(text.substring(start, pos));
        if (pos + 1 < text.length() && text.charAt(pos) == '.'
            && Character.isDigit(text.charAt(pos + 1))) {
          pos++;
          while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
          }
        }
      }
      return true;
    }

    private boolean readWord() {
      int start = pos;
      StringBuilder word = new StringBuilder();
      while (pos < text.length() && (Character.isLetter(text.charAt(pos))
          || text.charAt(pos) == '.') && pos - start < 20) {
        char c = text.charAt(pos);
        if (c != '.') {
          word.append(Character.toLowerCase(c));
        }
        pos++;
      }
      String w = word.toString();
      Integer monthNumber = MONTHS.get(w);
      if (monthNumber != null) {
        if (month >= 0) {
          return false;
        }
        month = monthNumber;
        return true;
      }
      if (w.equals("am") || w.equals("pm")) {
        meridiem = w;
        return hour >= 0;
      }
      if (UTC_NAMES.contains(w)) {
        if (offset != null) {
          return false;
        }
        offset = ZoneOffset.UTC;
        return true;
      }
      return ZONE_NAMES.contains(w) || SKIPPED.contains(w);
    }

    private Optional<PartialDateTime> build() {
      if (month < 0) {
        return Optional.empty();
      }
      if (year < 0) {
        // RFC 822 allows two-digit years: "27 Oct 17".
        if (day < 0 || shortNumber < 0) {
          return Optional.empty();
        }
        year = shortNumber < 50 ? 2000 + shortNumber : 1900 + shortNumber;
      } else if (shortNumber >= 0) {
        return Optional.empty();
      }
      if (day < 0) {
        if (hour >= 0) {
          return Optional.empty();
        }
        return guard(() -> PartialDateTime.ofMonth(year, month));
      }
      if (hour < 0) {
        // An offset without a time of day has nothing to qualify: the day stands.
        return day(year, month, day);
      }
      int h = hour;
      if (meridiem != null) {
        if (h < 1 || h > 12) {
          return Optional.empty();
        }
        h = meridiem.equals("pm") ? h % 12 + 12 : h % 12;
      }
      return dateTime(year, month, day, h, minute, second, offset);
    }
  }
}
