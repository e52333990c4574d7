package io.github.casefile.parsers.text;

import io.github.casefile.model.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads bylines: the seed's {@code AUTHORS | DATE} line and the {@code By Name and Name} line, and
 * splits author lists on {@code ,} and {@code and}.
 */
final class TextBylines {
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+");
  private static final Pattern BY = Pattern.compile("(?i)by\\s*:?(?:\\s+(.*))?");
  // Words that mark a byline part as the reporter's organisation, not a person.
  private static final List<String> AFFILIATION_WORDS = List.of("reuters", "associated press",
      "afp", "agence", "yonhap", "bloomberg", "cnn", "bbc", "news", "press", "staff", "reporter",
      "correspondent", "editor", "times", "post", "daily", "agency", "mailonline", "wire");
  private static final List<String> PARTICLES = List.of("van", "von", "de", "der", "den", "del",
      "della", "da", "di", "du", "la", "le", "bin", "bint", "ibn", "al", "el", "y");
  private static final int MAX_NAME_WORDS = 6;

  private TextBylines() {}

  /** A byline in the seed's layout: the authors' text and the date's text, either possibly empty. */
  static final class SeedByline {
    final String authors;
    final String date;

    SeedByline(String authors, String date) {
      this.authors = authors;
      this.date = date;
    }

    boolean isEmpty() {
      return authors.isEmpty() && date.isEmpty();
    }
  }

  /**
   * Read a line as the seed's byline: text, a {@code |} with any white space around it, and a
   * date or nothing. The last {@code |} separates, so names may hold one.
   *
   * @param line a normalised line
   * @return the byline, or null when the line is not one
   */
  static SeedByline seedByline(String line) {
    int bar = line.lastIndexOf('|');
    if (bar < 0) {
      return null;
    }
    String authors = Paragraphs.normalize(line.substring(0, bar));
    String date = Paragraphs.normalize(line.substring(bar + 1));
    if (!date.isEmpty() && !TextDates.isWholeDate(date)) {
      return null;
    }
    return new SeedByline(authors, date);
  }

  /**
   * Split a list of names on {@code ,} and {@code and}.
   *
   * @param names such as {@code "Kim Ga Young and Lee Sang Yong"}
   * @return the names, normalised, without empty or repeated ones
   */
  static List<String> split(String names) {
    List<String> out = new ArrayList<>();
    for (String part : AUTHOR_SEPARATOR.split(Paragraphs.normalize(names))) {
      String name = Paragraphs.normalize(part);
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * Tell whether a line is {@code By} alone, the first line of a byline whose names follow.
   *
   * @param line a normalised line
   * @return true for "By" or "By:"
   */
  static boolean isBareBy(String line) {
    return line.equalsIgnoreCase("by") || line.equalsIgnoreCase("by:");
  }

  /**
   * Read a {@code By} line: "By Name", "By Name and Name", "By NAME, Reuters". Parts that name an
   * organisation are not authors.
   *
   * @param line a normalised line
   * @return the authors, or null when the line is not a byline
   */
  static List<String> byLine(String line) {
    if (line.length() < 4 || !line.regionMatches(true, 0, "by", 0, 2)) {
      return null;
    }
    var m = BY.matcher(line);
    if (!m.matches() || m.group(1) == null) {
      return null;
    }
    return names(m.group(1));
  }

  /**
   * Read a line that holds only names, such as the line after a bare {@code By}.
   *
   * @param line a normalised line
   * @return the authors, or null when some part does not look like a name
   */
  static List<String> names(String line) {
    List<String> authors = new ArrayList<>();
    for (String part : split(line)) {
      if (isAffiliation(part)) {
        continue;
      }
      if (!looksLikeName(part)) {
        return null;
      }
      authors.add(part);
    }
    return authors.isEmpty() ? null : authors;
  }

  private static boolean isAffiliation(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (lower.startsWith("for ")) {
      return true;
    }
    for (String word : AFFILIATION_WORDS) {
      int at = lower.indexOf(word);
      if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
          && (at + word.length() == lower.length()
              || !Character.isLetter(lower.charAt(at + word.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name: up to six words, each capitalised but for particles (van, de, bin…), no digits, no
   * sentence punctuation.
   */
  private static boolean looksLikeName(String part) {
    String[] words = part.split(" ");
    if (words.length > MAX_NAME_WORDS || !Character.isUpperCase(part.codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !PARTICLES.contains(word)) {
        return false;
      }
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (Character.isDigit(c) || c == ':' || c == ';' || c == '!' || c == '?' || c == '"'
          || c == '|') {
        return false;
      }
    }
    return !part.endsWith(".") || words[words.length - 1].length() <= 3;
  }
}
