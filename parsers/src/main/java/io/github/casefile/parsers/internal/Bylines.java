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
 * Correspondent", "Op-ed"), degrees after a comma ("MA", "PhD"), dates and times, wire services ("Reuters", "AP"), a trailing "for
 * Outlet" or "in Seoul", and anything after a {@code |}. Names in scripts without letter case are
 * kept as they are.
 */
public final class Bylines {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  // Linear: simple classes and one bounded-length domain part.
  private static final Pattern EMAIL =
      Pattern.compile("[\\w.+'-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
  private static final Pattern LEADING_BY = Pattern.compile(
      "^(?:(?:written|words|reporting|reported|text|story|photos?|posted|published|article)\\s+)?"
          + "by\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE);
  // Bylines of pages in other languages and labelled ones: "Par …", "Von …", "Author: …".
  private static final Pattern LEADING_LABEL = Pattern.compile(
      "^(?:authors?\\s*:|par|von|por|door)\\s+", Pattern.CASE_INSENSITIVE);
  // "&" before a lower-case word joins a name ("Mac & i"), it does not separate two.
  private static final Pattern SEPARATORS = Pattern.compile(
      "\\s*(?:,|;|&(?!\\s*(?-i:\\p{Ll}))|\\band\\b|\\bwith\\b|\\bund\\b|\\bet\\b|\\bavec\\b)\\s*",
      Pattern.CASE_INSENSITIVE);
  // A surname, a comma, then initials only or given names ending in a particle: linear.
  private static final Pattern INVERTED = Pattern.compile(
      "(\\p{Lu}[\\p{L}'-]{1,40}),\\s*((?:\\p{Lu}\\.\\s?){1,4}|(?:\\p{Lu}[\\p{L}'-]{0,40}\\s){1,3}"
          + "(?:de|van|von|der|da|di|du|le|la|den|ter|ten))");
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

  // Degrees and professional letters written after a name and a comma ("Brenda Goodman, MA"):
  // they qualify the name before them and name no one. Compared without dots.
  private static final Set<String> CREDENTIALS = Set.of("ma", "ms", "msc", "mba", "mph", "md",
      "phd", "dphil", "rn", "bsn", "np", "dds", "dmd", "jd", "llm", "ba", "bs", "bsc", "mfa",
      "msw", "lcsw", "rd", "cpa", "facp", "frcp", "edd", "psyd", "pharmd", "mpp", "mpa");

  // Words of a page's byline widgets, not of names: "Follow", "View profile", "5 min read".
  private static final Set<String> WIDGET_WORDS = Set.of("share", "email", "e-mail", "twitter",
      "follow", "comments", "comment", "min", "read", "ago", "updated", "published", "posted",
      "view", "profile", "posts", "more", "articles", "minutes", "last");
  private static final int MAX_BYLINE = 300;
  // Linear: one bounded run of non-space characters.
  private static final Pattern URL = Pattern.compile("\\(?(?:https?:)?//\\S{0,500}");
  private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "wed", "thu", "fri", "sat", "sun", "today", "yesterday");

  private Bylines() {}

  /**
   * Read the names in a byline as a web page shows it, with what follows the names: a date, an
   * update notice, a reading time.
   *
   * @param byline such as {@code "By Jane Doe, Staff Writer | October 27, 2017"}; may be null
   * @return the names in order, possibly none
   */
  public static List<String> fromPage(String byline) {
    if (byline == null) {
      return new ArrayList<>();
    }
    String s = Paragraphs.normalize(byline.length() > MAX_BYLINE
        ? byline.substring(0, MAX_BYLINE) : byline);
    if (s.isEmpty() || looksLikeUrl(s)) {
      return new ArrayList<>();
    }
    // The names are in the first part of a "|"-separated line that gives any ("By | Kim | date").
    for (String part : URL.matcher(s).replaceAll(" ").split("\\|")) {
      List<String> names = split(cutFurniture(part.strip()));
      if (!names.isEmpty()) {
        return names;
      }
    }
    return new ArrayList<>();
  }

  /**
   * Clean a name that structured data gives (JSON-LD, one name per entry): a leading "By" goes;
   * links, e-mail addresses and user handles ("CC7567") are not names; the rest is trusted.
   *
   * @param name the name as given; may be null
   * @return the name, or empty if it is none
   */
  public static Optional<String> structured(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String s = Paragraphs.normalize(name);
    if (s.isEmpty() || looksLikeUrl(s) || s.indexOf('@') >= 0 || s.length() > MAX_NAME_LENGTH
        || (s.indexOf(' ') < 0 && hasDigit(s))) {
      return Optional.empty();
    }
    s = LEADING_BY.matcher(s).replaceFirst("").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * Tell whether a value is a link rather than a name.
   *
   * @param s the value
   * @return true for URLs and paths
   */
  public static boolean looksLikeUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http:") || l.startsWith("https:") || l.startsWith("//")
        || l.startsWith("www.") || (l.indexOf('/') >= 0 && l.indexOf(' ') < 0);
  }

  /** Drop what follows the names on a page: a date, a "|", an update notice. */
  private static String cutFurniture(String s) {
    int cut = s.length();
    for (String stop : new String[] {" | ", "|", " — ", " – ", " - ", "\u2022", " · ", " on ",
        " updated", " Updated", " published", " Published", " posted", " Posted", " edited by",
        " Edited by", " Edited By"}) {
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
      if (space < 0 || !CALENDAR_WORDS.contains(bare(kept.substring(space + 1)))) {
        return kept;
      }
      kept = kept.substring(0, space).trim();
    }
  }

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
    text = LEADING_LABEL.matcher(text).replaceFirst("");
    Matcher inverted = INVERTED.matcher(text.strip());
    if (inverted.matches()) {
      // "Kooman, F." and "Jong, Michiel de": one name written surname first.
      text = inverted.group(2) + " " + inverted.group(1);
    }
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
    String whole = part.strip();
    String text = FOR_OR_IN.matcher(whole).replaceFirst("").strip();
    if (!text.equals(whole) && text.indexOf(' ') < 0) {
      // One word before "for …" is an organisation's name cut short, not a person's.
      return Optional.empty();
    }
    text = stripEdges(text);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (CREDENTIALS.contains(bare(text).replace(".", ""))) {
      return Optional.empty();
    }
    String[] words = SPACES.split(text);
    for (String word : words) {
      if (WIDGET_WORDS.contains(bare(word))) {
        return Optional.empty();
      }
    }
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
    while (end > 0 && ",.:;!?".indexOf(lower.charAt(end - 1)) >= 0) {
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
