package io.github.casefile.parsers.html;

import java.util.List;
import java.util.Locale;

/**
 * Chooses a page's headline among its candidates and cuts the site's name from it: "Defectors
 * arrested | Daily NK" gives "Defectors arrested".
 */
final class Headlines {
  private static final List<String> SEPARATORS =
      List.of(" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " / ", " \\ ", " > ");

  private Headlines() {}

  /**
   * Pick the headline: a structured one (JSON-LD, OpenGraph) or the article's heading when it
   * agrees with the page title, else the page title without the site's name.
   *
   * @param structured the JSON-LD or OpenGraph headline, or null
   * @param heading the article's main heading, or null
   * @param title the page's title element, or null
   * @param outlet the site's name, or null
   * @return the headline, or null
   */
  static String choose(String structured, String heading, String title, String outlet) {
    String s = clean(structured);
    String h = clean(heading);
    String t = clean(title);
    if (s != null && h != null && h.indexOf('&') >= 0 && !h.equals(s)
        && org.jsoup.parser.Parser.unescapeEntities(h, false).equals(s)) {
      // The page shows entity text ("&amp;") that JSON-LD's reader decoded as double escaping:
      // the visible heading is what the writer meant.
      return h;
    }
    if (s != null) {
      return stripSite(s, outlet, h);
    }
    if (h != null && t != null && (similar(h, t) || (key(t).startsWith(key(h))
        && key(h).length() * 10 >= key(t).length() * 3))) {
      return h;
    }
    if (t != null) {
      return stripSite(t, outlet, h);
    }
    return h;
  }

  /**
   * Cut the site's name from the start or end of a title.
   *
   * @param title the title
   * @param outlet the site's name, or null
   * @param heading the article's heading, or null, to confirm a cut
   * @return the title without the site's name
   */
  static String stripSite(String title, String outlet, String heading) {
    if (heading != null && !key(heading).isEmpty() && key(title).equals(key(heading))) {
      return title;
    }
    String asHeading = headingWithNames(title, heading);
    if (asHeading != null) {
      return asHeading;
    }
    for (String sep : SEPARATORS) {
      int last = title.lastIndexOf(sep);
      int first = title.indexOf(sep);
      if (last < 0) {
        continue;
      }
      String before = title.substring(0, last).trim();
      String after = title.substring(last + sep.length()).trim();
      String head = title.substring(0, first).trim();
      String tail = title.substring(first + sep.length()).trim();
      if (heading != null && !key(heading).isEmpty()) {
        if (key(before).equals(key(heading))) {
          return before;
        }
      }
      if (outlet != null && !outlet.isBlank()) {
        if (sameSite(after, outlet)) {
          return before;
        }
        if (sameSite(head, outlet)) {
          return tail;
        }
      }
      // Without the outlet's name, a short part reads as a site's name only when it is written
      // as one: "- Daily NK" is cut, "- an async task framework" is the headline's own.
      if (words(after) <= 4 && words(before) >= 3 && readsAsName(after)) {
        return before;
      }
      if (words(head) <= 3 && words(tail) >= 4 && first == last && readsAsName(head)) {
        return tail;
      }
    }
    return title;
  }

  /**
   * Return the heading when a title is the heading followed by separated names only: JSON-LD's
   * "Samantha and The Great Big Lie - John C. Welch - Medium" over the h1 "Samantha and The Great
   * Big Lie". The author's and the site's names are not the headline's, wherever the heading
   * ends; a suffix that reads as words of the headline ("- what happens next") is kept.
   *
   * @return the title's part that the heading spells, or null
   */
  private static String headingWithNames(String title, String heading) {
    if (heading == null) {
      return null;
    }
    String k = key(heading);
    if (k.isEmpty()) {
      return null;
    }
    for (String sep : SEPARATORS) {
      for (int at = title.indexOf(sep); at > 0; at = title.indexOf(sep, at + sep.length())) {
        String before = title.substring(0, at).trim();
        if (key(before).length() > k.length()) {
          break;
        }
        if (key(before).equals(k) && onlyNames(title.substring(at + sep.length()))) {
          return before;
        }
      }
    }
    return null;
  }

  /** Tell whether every separated part of a title's tail is short and opens as a name does. */
  private static boolean onlyNames(String tail) {
    String rest = tail;
    for (String sep : SEPARATORS) {
      rest = rest.replace(sep, "\u0000");
    }
    for (String part : rest.split("\u0000")) {
      String p = part.trim();
      if (p.isEmpty() || words(p) > 4 || !readsAsName(p)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSite(String part, String outlet) {
    String p = key(part);
    String o = key(outlet);
    // Containment counts only between names of similar length: "Daily NK" and "Daily NK News".
    return !p.isEmpty() && !o.isEmpty() && (p.equals(o)
        || (o.contains(p) && 2 * p.length() >= o.length())
        || (p.contains(o) && 2 * o.length() >= p.length()));
  }

  private static boolean similar(String a, String b) {
    return key(a).equals(key(b));
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = io.github.casefile.model.Paragraphs.normalize(s);
    return c.isEmpty() ? null : c;
  }

  /**
   * Reduce a text to its lower-case letters and digits, for comparisons; a text without any
   * (an emoji, a symbol) is compared by its characters other than spaces.
   *
   * @param s the text
   * @return the key
   */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    // Code points, so that letters outside the Basic Multilingual Plane count. Plain loops: the
    // key is taken of every title part and heading, several times per page.
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
      }
      i += Character.charCount(c);
    }
    if (out.length() == 0) {
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          out.appendCodePoint(c);
        }
        i += Character.charCount(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Tell whether a text opens as a name does: not with a lower-case letter. */
  private static boolean readsAsName(String s) {
    return !s.isEmpty() && !Character.isLowerCase(s.codePointAt(0));
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = !Character.isWhitespace(s.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
