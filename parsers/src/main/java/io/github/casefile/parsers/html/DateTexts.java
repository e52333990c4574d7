package io.github.casefile.parsers.html;

import io.github.casefile.model.PartialDateTime;
import io.github.casefile.parsers.internal.Dates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write, at the precision they give: ISO-8601 and its relatives
 * ({@code 2017-10-27T14:52:09+0900}, {@code 2017/10/27 14:52}), RFC 1123 ({@code Fri, 27 Oct 2017
 * 14:52:09 GMT}) and English prose ({@code October 27, 2017 2:52 pm}, {@code 27 Oct. 2017}). An offset
 * is kept only when the text states one; zone abbreviations other than GMT and UTC are ignored.
 */
final class DateTexts {
  private static final int MAX_LENGTH = 300;

  // Each pattern is a sequence of bounded or single quantifiers: linear in the input.
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\s?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
          + "\\s?(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?\\s{1,3}"
          + "(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?"
          + "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?,?\\s{1,3}(\\d{4})");
  private static final Pattern TIME = Pattern.compile(
      "(?i)^[\\s,@|at-]{0,8}(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s?(a\\.?m\\.?|p\\.?m\\.?)?"
          + "(?:\\s?(GMT|UTC|Z)?([+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

  private DateTexts() {}

  /**
   * Read a date or date-time written in any of the supported forms.
   *
   * @param text the text, such as an attribute value or a byline
   * @return the value, or empty if none is found or it is impossible
   */
  static Optional<PartialDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    // A value that is a date as a whole (an attribute, a meta tag) is read as every format reads
    // stated dates, at its precision; a date inside other text (a byline) is found below.
    Optional<PartialDateTime> whole = Dates.parse(s);
    if (whole.isPresent()) {
      return whole;
    }
    Optional<PartialDateTime> iso = iso(s);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher m = MONTH_FIRST.matcher(s);
    if (m.find()) {
      return prose(s, m.end(), m.group(3), m.group(1), m.group(2));
    }
    m = DAY_FIRST.matcher(s);
    if (m.find()) {
      return prose(s, m.end(), m.group(3), m.group(2), m.group(1));
    }
    return Optional.empty();
  }

  /**
   * Read a date from a URL path such as {@code /2017/10/27/slug}.
   *
   * @param url the URL
   * @return the day, or empty
   */
  static Optional<PartialDateTime> fromUrl(String url) {
    if (url == null || url.length() > 2048) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDateTime.of(LocalDate.of(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<PartialDateTime> iso(String s) {
    Matcher m = ISO.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return Optional.of(PartialDateTime.of(date));
      }
      boolean seconds = m.group(6) != null;
      LocalDateTime dateTime = date.atTime(Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)), seconds ? Integer.parseInt(m.group(6)) : 0);
      return Optional.of(PartialDateTime.of(dateTime, seconds, offset(m.group(7))));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<PartialDateTime> prose(
      String s, int end, String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), monthOf(month), Integer.parseInt(day));
      Matcher t = TIME.matcher(s);
      t.region(end, s.length());
      if (!t.find()) {
        return Optional.of(PartialDateTime.of(date));
      }
      int hour = Integer.parseInt(t.group(1));
      String meridiem = t.group(4) == null ? "" : t.group(4).toLowerCase(Locale.ROOT);
      if (meridiem.startsWith("p") && hour < 12) {
        hour += 12;
      } else if (meridiem.startsWith("a") && hour == 12) {
        hour = 0;
      }
      boolean seconds = t.group(3) != null;
      LocalDateTime dateTime = date.atTime(hour, Integer.parseInt(t.group(2)),
          seconds ? Integer.parseInt(t.group(3)) : 0);
      String zone = t.group(6) != null ? t.group(6) : t.group(5);
      return Optional.of(PartialDateTime.of(dateTime, seconds, offset(zone)));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return null;
    }
    if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String z = zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
    return ZoneOffset.of(z);
  }

  private static int monthOf(String name) {
    switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
      case "jan": return 1;
      case "feb": return 2;
      case "mar": return 3;
      case "apr": return 4;
      case "may": return 5;
      case "jun": return 6;
      case "jul": return 7;
      case "aug": return 8;
      case "sep": return 9;
      case "oct": return 10;
      case "nov": return 11;
      default: return 12;
    }
  }
}
