package io.github.casefile.parsers.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits bylines into authors' names: "By Kim Ga Young and Lee Sang Yong" gives two names; roles
 * ("Staff Writer"), dates, e-mail addresses, URLs and trailing furniture are not names.
 */
final class Bylines {
  private static final int MAX_LENGTH = 300;
  private static final int MAX_NAME_WORDS = 6;

  private static final List<String> PREFIXES = List.of("written by", "posted by", "words by",
      "reported by", "story by", "text by", "article by", "published by", "by:", "by", "author:",
      "avec", "with",
      "authors:", "author", "from", "von", "par", "por");
  private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "reporter",
      "reporters", "correspondent", "correspondents", "editor", "editors", "contributor",
      "contributing", "columnist", "photographer", "photos", "photo", "senior", "associate",
      "updated", "published", "posted", "comments", "comment", "share", "email", "twitter",
      "follow", "min", "read", "minutes", "ago", "am", "pm", "edt", "est", "gmt", "utc", "kst",
      "bst", "pst", "pdt", "cet", "cest", "admin", "administrator", "team", "desk", "newsroom",
      "analysis", "opinion", "guest", "special", "to", "the", "on", "at", "in", "for", "of",
      "with", "via", "contributors", "journalist", "news", "bureau", "chief", "producer", "last",
      "edited", "by", "ma", "md", "phd", "ph.d.", "mph", "rn", "msc", "more", "articles", "view", "profile", "all", "posts");
  private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "wed", "thu", "fri", "sat", "sun", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
      "today", "yesterday");
  private static final Set<String> CONNECTORS = Set.of("de", "da", "van", "von", "der", "del",
      "la", "le", "di", "du", "bin", "al", "el", "y", "dos", "das", "ter", "ten", "st.");

  private Bylines() {}

  /**
   * Read the names in a byline.
   *
   * @param byline the byline text, such as "By Jane Doe, Staff Writer | October 27, 2017"
   * @return the names in order, possibly none
   */
  static List<String> names(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null) {
      return names;
    }
    String s = collapse(byline.length() > MAX_LENGTH ? byline.substring(0, MAX_LENGTH) : byline);
    if (s.isEmpty() || looksLikeUrl(s)) {
      return names;
    }
    s = cutFurniture(s);
    for (String part : split(stripPrefix(s))) {
      String name = cleanName(part);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Tell whether a value is a link rather than a name.
   *
   * @param s the value
   * @return true for URLs
   */
  static boolean looksLikeUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http:") || l.startsWith("https:") || l.startsWith("//")
        || l.startsWith("www.") || (l.indexOf('/') >= 0 && l.indexOf(' ') < 0);
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Drop what follows the names: a date, a "|" or an update notice. */
  private static String cutFurniture(String s) {
    int cut = s.length();
    for (String stop : new String[] {" | ", "|", " — ", " – ", " - ", "\u2022", " · ", " on ",
        " updated", " Updated", " published", " Published", " posted", " Posted", " edited by",
        " Edited by", " Edited By", "\n"}) {
      int i = s.indexOf(stop);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    for (int i = 0; i < cut; i++) {
      if (Character.isDigit(s.charAt(i))) {
        cut = i;
        break;
      }
    }
    String kept = s.substring(0, cut).trim();
    // A date cut at its first digit leaves its month or weekday behind: drop them.
    while (true) {
      int space = kept.lastIndexOf(' ');
      String last = kept.substring(space + 1).toLowerCase(Locale.ROOT);
      if (space < 0 || !CALENDAR_WORDS.contains(stripPunctuation(last))) {
        return kept;
      }
      kept = kept.substring(0, space).trim();
    }
  }

  private static String stripPunctuation(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(0, end);
  }

  /**
   * Clean a name that structured data gives (JSON-LD): a leading "By" goes, links and e-mail
   * addresses are not names, and the rest is trusted.
   *
   * @param name the name as given
   * @return the name, or null if it is none
   */
  static String structuredName(String name) {
    if (name == null) {
      return null;
    }
    String s = collapse(name);
    if (s.isEmpty() || looksLikeUrl(s) || s.indexOf('@') >= 0 || s.length() > MAX_LENGTH) {
      return null;
    }
    if (s.regionMatches(true, 0, "by ", 0, 3)) {
      s = s.substring(3).trim();
    }
    return s.isEmpty() ? null : s;
  }

  private static String stripPrefix(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix + " ") || (prefix.endsWith(":") && lower.startsWith(prefix))) {
        return s.substring(prefix.length()).trim();
      }
    }
    return s;
  }

  private static List<String> split(String s) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String[] words = s.split(" ");
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.equals("and") || lower.equals("&") || lower.equals("und") || lower.equals("et")
          || lower.equals("y") && current.length() > 0 && Character.isUpperCase(word.charAt(0))) {
        flush(parts, current);
        continue;
      }
      int start = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c == ',' || c == ';' || c == '/' || c == '(' || c == ')') {
          if (i > start && current.length() > 0) {
            current.append(' ');
          }
          current.append(word, start, i);
          flush(parts, current);
          start = i + 1;
        }
      }
      if (start < word.length()) {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(word, start, word.length());
      }
    }
    flush(parts, current);
    return parts;
  }

  private static void flush(List<String> parts, StringBuilder current) {
    String part = current.toString().trim();
    if (!part.isEmpty()) {
      parts.add(part);
    }
    current.setLength(0);
  }

  private static String cleanName(String part) {
    String p = part.trim();
    if (p.indexOf('@') >= 0 || looksLikeUrl(p)) {
      return null;
    }
    p = stripPrefix(p);
    while (!p.isEmpty() && !Character.isLetter(p.charAt(p.length() - 1))
        && p.charAt(p.length() - 1) != '.') {
      p = p.substring(0, p.length() - 1).trim();
    }
    while (!p.isEmpty() && !Character.isLetter(p.charAt(0))) {
      p = p.substring(1).trim();
    }
    if (p.isEmpty()) {
      return null;
    }
    String[] words = p.split(" ");
    if (words.length > MAX_NAME_WORDS) {
      return null;
    }
    int nameWords = 0;
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(lower)) {
        return null;
      }
      if (Character.isUpperCase(word.codePointAt(0)) || !Character.isLetter(word.codePointAt(0))
          || Character.isIdeographic(word.codePointAt(0)) || !hasCase(word)) {
        nameWords++;
      } else if (!CONNECTORS.contains(lower)) {
        return null;
      }
    }
    return nameWords == 0 ? null : p;
  }

  private static boolean hasCase(String word) {
    int c = word.codePointAt(0);
    return Character.isUpperCase(c) || Character.isLowerCase(c);
  }
}
