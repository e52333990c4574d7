package io.github.casefile.parsers.internal;

import io.github.casefile.model.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads authors' names out of bylines and credit lines. Internal to the parsers module.
 *
 * <p>A byline such as {@code "By Kim Ga Young and Lee Sang Yong"}, {@code "Kim Ga Young, Lee Sang
 * Yong"} or {@code "kim@example.org (Kim Ga Young)"} gives the names in order. What is not a name
 * is dropped: a leading "By", e-mail addresses, roles ("Staff Reporter", "North Korea
 * Correspondent", "Op-ed"), dates and times, wire services ("Reuters", "AP"), a trailing "for
 * Outlet" or "in Seoul", and anything after a {@code |}. Names in scripts without letter case are
 * kept as they are.
 */
public final class Bylines {
  // Linear: simple classes and one bounded-length domain part.
  private static final Pattern EMAIL =
      Pattern.compile("[\\w.+'-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
  private static final Pattern LEADING_BY = Pattern.compile(
      "^(?:(?:written|words|reporting|reported|text|story|photos?)\\s+)?by\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bwith\\b)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTACT = Pattern.compile(
      "^(?:write to|contact|email|e-mail|reach)\\s*:?\\s+(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_EMAIL = Pattern.compile(
      "\\s+at\\s+" + EMAIL.pattern(), Pattern.CASE_INSENSITIVE);
  private static final Pattern FOR_OR_IN = Pattern.compile("\\s+(?:for|in|from)\\s+\\p{Lu}.*$");
  private static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_NAME_WORDS = 7;

  private static final Set<String> ROLES = Set.of(
      "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
      "writers", "staff", "contributor", "contributors", "columnist", "journalist", "journalists",
      "desk", "bureau", "op-ed", "oped", "opinion", "analyst", "producer", "photographer",
      "team", "newsroom", "agencies", "agency", "admin", "administrator", "guest", "intern",
      "blogger", "author", "editorial", "commentator", "researcher", "stringer", "anchor");
  private static final Set<String> MODIFIERS = Set.of(
      "senior", "chief", "special", "deputy", "foreign", "political", "diplomatic", "associate",
      "contributing", "managing", "executive", "news", "sports", "business", "local", "our",
      "a", "the", "north", "south", "korea", "korean", "asia", "china", "us", "u.s.", "seoul",
      "beijing", "washington", "london", "tokyo", "pyongyang", "international", "national",
      "investigative", "freelance", "daily", "nk", "defense", "defence",
      "security", "economics", "economy", "technology", "science", "health", "world", "global",
      "regional", "assistant", "web", "online", "digital", "video", "photo", "multimedia");
  private static final Set<String> WIRES = Set.of(
      "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
      "agence france presse", "yonhap", "yonhap news", "bloomberg", "xinhua", "kyodo",
      "kyodo news", "upi", "efe", "dpa", "press association", "pa", "staff", "agencies",
      "wire services", "mailonline", "dailymail.com", "daily mail reporter", "anonymous",
      "unknown", "admin", "administrator");

  private Bylines() {}

  /**
   * Split a byline into names.
   *
   * @param byline such as {@code "By Kim Ga Young and Lee Sang Yong | 2017-10-27"}; may be null
   * @return the names in byline order, without duplicates; empty if it names no one
   */
  public static List<String> split(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null) {
      return names;
    }
    String text = unwrapEmailName(byline.strip());
    int bar = text.indexOf('|');
    if (bar >= 0) {
      text = text.substring(0, bar);
    }
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      text = text.substring(0, newline);
    }
    // One space per run: the separators' \\s* would otherwise rescan a long run from each of its
    // positions (quadratic on "Kim" + 100,000 spaces + "Lee").
    text = Paragraphs.normalize(text);
    text = EMAIL.matcher(text).replaceAll(" ").replace("()", " ").replace("<>", " ");
    text = LEADING_BY.matcher(text.strip()).replaceFirst("");
    for (String part : SEPARATORS.split(text)) {
      Optional<String> name = name(part);
      if (name.isPresent() && !names.contains(name.get())) {
        names.add(name.get());
      }
    }
    return names;
  }

  /**
   * Split several bylines (one per element, as feeds give them) into names.
   *
   * @param bylines the bylines in order
   * @return the names in order, without duplicates
   */
  public static List<String> splitAll(List<String> bylines) {
    List<String> names = new ArrayList<>();
    for (String byline : bylines) {
      for (String name : split(byline)) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * Read a contact line that closes an article, such as {@code "Write to Jay Solomon at
   * jay.solomon@example.com"}.
   *
   * @param paragraph the paragraph; may be null
   * @return the names it gives, or empty if it is not a contact line
   */
  public static Optional<List<String>> contactLine(String paragraph) {
    if (paragraph == null || paragraph.length() > 400) {
      return Optional.empty();
    }
    Matcher m = CONTACT.matcher(paragraph.strip());
    if (!m.matches() || !EMAIL.matcher(m.group(1)).find()) {
      return Optional.empty();
    }
    String rest = AT_EMAIL.matcher(m.group(1)).replaceAll(" ");
    List<String> names = split(rest);
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /**
   * Tell whether a short line reads as a byline: it opens with "By" and names someone.
   *
   * @param line a line or paragraph
   * @return the names, or empty if the line is not a byline
   */
  public static Optional<List<String>> bylineLine(String line) {
    if (line == null || line.length() > 200) {
      return Optional.empty();
    }
    String text = line.strip();
    Matcher by = LEADING_BY.matcher(text);
    if (!by.lookingAt() || text.endsWith(".") && !text.endsWith(" Jr.")) {
      return Optional.empty();
    }
    List<String> names = split(text);
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /** Turn RSS's {@code "kim@example.org (Kim Ga Young)"} into the name in parentheses. */
  private static String unwrapEmailName(String text) {
    int open = text.indexOf('(');
    int close = text.lastIndexOf(')');
    if (open > 0 && close > open && EMAIL.matcher(text.substring(0, open).strip()).matches()) {
      return text.substring(open + 1, close);
    }
    return text;
  }

  private static Optional<String> name(String part) {
    String text = FOR_OR_IN.matcher(part.strip()).replaceFirst("").strip();
    text = stripEdges(text);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] words = text.split("\\s+");
    int cut = roleStart(words);
    // One word before a role is an outlet or desk ("CitizenNews Op-ed"), not a person's name.
    if (cut == 0 || cut == 1 && words.length > 1) {
      return Optional.empty();
    }
    if (cut < words.length) {
      text = String.join(" ", java.util.Arrays.copyOf(words, cut));
      words = java.util.Arrays.copyOf(words, cut);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (WIRES.contains(lower) || text.length() > MAX_NAME_LENGTH || words.length > MAX_NAME_WORDS
        || hasDigit(text) || Dates.parse(text).isPresent() || !hasUpperOrUncased(text)) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * Find where a role starts: the first word of the run of role words and their modifiers that
   * ends the part ("Kim Ga Young North Korea Correspondent" cuts before "North"). Returns the
   * number of words to keep.
   */
  private static int roleStart(String[] words) {
    int lastRole = -1;
    for (int i = 0; i < words.length; i++) {
      if (ROLES.contains(bare(words[i]))) {
        lastRole = i;
      }
    }
    if (lastRole < 0) {
      return words.length;
    }
    int start = lastRole;
    while (start > 0 && (ROLES.contains(bare(words[start - 1]))
        || MODIFIERS.contains(bare(words[start - 1])))) {
      start--;
    }
    return start;
  }

  private static String bare(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int end = lower.length();
    while (end > 0 && ",.:;".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return lower.substring(0, end);
  }

  private static String stripEdges(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isEdge(text.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
      end--;
    }
    return text.substring(start, end).strip();
  }

  private static boolean isEdge(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || ",;:-–—|*_()[]<>\"".indexOf(c)
        >= 0;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Names start upper-case in cased scripts; a part with only lower-case letters is prose. */
  private static boolean hasUpperOrUncased(String text) {
    boolean cased = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return true;
      }
      if (Character.isLetter(c) && !Character.isLowerCase(c)) {
        return true;
      }
      cased |= Character.isLowerCase(c);
    }
    return !cased;
  }
}
