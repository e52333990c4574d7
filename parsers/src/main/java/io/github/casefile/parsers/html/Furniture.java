package io.github.casefile.parsers.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by tag, role, visibility and class or id words (the vocabulary
 * Readability.js uses, plus cookie notices, newsletter boxes, share bars and captions), and weighs
 * class names for content scoring. Patterns run on one element's class and id only, never on the
 * document, and once per distinct class and id of a document (see {@link Words}).
 */
final class Furniture {
  /** Tags that never hold article text. */
  static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
      "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea",
      "option", "link", "meta", "map", "audio", "video", "source", "track", "figcaption", "dialog",
      "head", "title", "frame", "frameset", "applet", "datalist", "output", "progress", "meter");
  /** Tags that hold furniture unless nothing else holds the article. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");

  // Words looked for in one element's class and id, each by String.contains: the same answers as
  // these alternations compiled as regular expressions, without their backtracking per position.
  private static final String[] UNLIKELY = Literals.of(
      "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
          + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social"
          + "|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie"
          + "|consent|newsletter|subscribe|signup|sign-up|recommend|taboola"
          + "|outbrain|promo|caption|photo-credit|image-credit|media-credit|credits|masthead|navbar|topbar|toolbar|paywall|modal"
          + "|trending|most-popular|mostpopular|read-next|readnext|more-stories|tags");
  // Furniture that never holds the article, even when a stricter attempt found too little.
  private static final String[] ALWAYS_FURNITURE = Literals.of(
      "comment|disqus|cookie|consent|gdpr|newsletter|subscribe|signup|sign-up|related|recommend"
          + "|taboola|outbrain|promo|paywall|breadcrumb|social");
  private static final String[] MAYBE = Literals.of(
      "and|article|body|column|content|main|mathjax|shadow|story");
  private static final String[] POSITIVE = Literals.of(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
          + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
          + "|sponsor|shopping|tags|widget|caption|credit|newsletter|cookie");
  private static final String[] BYLINE = Literals.of(
      "byline|author|dateline|writtenby|p-author|entry-meta|posted-on");
  private static final Pattern AD_WORD = Pattern.compile(
      "(?:^|[\\s_-])(?:ad|ads|advert|advertisement|adsbygoogle|dfp|adslot|ad-slot)(?:$|[\\s_-])");
  private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary",
      "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");

  /** {@link Words#of} bit: the class or id names a byline. */
  static final int BYLINE_WORD = 1;
  /** {@link Words#of} bit: the class or id names a date. */
  static final int DATE_WORD = 2;
  /** {@link Words#of} bit: the class or id names sharing. */
  static final int SHARING_WORD = 4;
  /** {@link Words#of} bit: the class or id names furniture ({@link #unlikely} without role). */
  static final int UNLIKELY_WORD = 8;
  /** {@link Words#of} bit: the class or id names furniture that never holds the article. */
  static final int ALWAYS_WORD = 16;

  private Furniture() {}

  /**
   * What the class and id words of a document's elements say, computed once per distinct class
   * and id: pages repeat the same few class names on thousands of elements. One per document;
   * not thread-safe.
   */
  static final class Words {
    private final Map<String, Integer> byClass = new HashMap<>();
    private final Map<String, Integer> byClassAndId = new HashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();

    /**
     * Return the word bits of an element's class and id.
     *
     * @param e the element
     * @return {@link #BYLINE_WORD}, {@link #DATE_WORD}, {@link #SHARING_WORD}, {@link
     *     #UNLIKELY_WORD}, {@link #ALWAYS_WORD} or'ed; 0 when it has neither class nor id
     */
    int of(Element e) {
      String cls = e.className();
      String id = e.id();
      if (cls.isEmpty() && id.isEmpty()) {
        return 0;
      }
      // Without an id the class string is the key as it is: no concatenation per element.
      return id.isEmpty()
          ? byClass.computeIfAbsent(cls, c -> bits(c + " "))
          : byClassAndId.computeIfAbsent(cls + " " + id, Words::bits);
    }

    /**
     * Weigh an element's class and id: +25 for each that reads like content, -25 for furniture.
     *
     * @param e the element
     * @return the weight
     */
    int weight(Element e) {
      return weight(e.className()) + weight(e.id());
    }

    private int weight(String value) {
      return value.isEmpty() ? 0 : weights.computeIfAbsent(value, Furniture::wordWeight);
    }

    private static int bits(String classAndId) {
      String match = classAndId.toLowerCase(Locale.ROOT);
      int bits = 0;
      if (Literals.any(match, BYLINE)) {
        bits |= BYLINE_WORD;
      }
      if (match.contains("date") || match.contains("time") || match.contains("posted-on")
          || match.contains("published") || match.contains("meta")) {
        bits |= DATE_WORD;
      }
      if (sharing(match)) {
        bits |= SHARING_WORD;
      }
      if (unlikelyWords(match)) {
        bits |= UNLIKELY_WORD;
      }
      if (Literals.any(stripLayoutWords(match), ALWAYS_FURNITURE)) {
        bits |= ALWAYS_WORD;
      }
      return bits;
    }
  }

  /**
   * Tell whether an element is hidden from readers.
   *
   * @param e the element
   * @return true if hidden by attribute or inline style
   */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))
        && !e.className().contains("fallback-image")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * Tell whether an element is furniture by role or, through its word bits, by class or id.
   *
   * @param e the element
   * @param words its {@link Words#of} bits
   * @return true if it is unlikely to hold the article
   */
  static boolean unlikely(Element e, int words) {
    String role = e.attr("role");
    if (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if ((words & UNLIKELY_WORD) == 0) {
      return false;
    }
    String tag = e.normalName();
    return !(tag.equals("body") || tag.equals("a") || tag.equals("html") || tag.equals("article")
        || tag.equals("main") || e.attr("itemprop").contains("articleBody"));
  }

  /**
   * Tell whether furniture marked by {@link #unlikely(Element, int)} can never hold the article.
   *
   * @param e the element
   * @param words its {@link Words#of} bits
   * @return true if no relaxed attempt should look inside it
   */
  static boolean alwaysFurniture(Element e, int words) {
    String role = e.attr("role");
    return (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT)))
        || (words & ALWAYS_WORD) != 0;
  }

  /**
   * Tell whether an element looks like a byline.
   *
   * @param e the element
   * @param words its {@link Words#of} bits
   * @return true for author links, author microdata and byline classes
   */
  static boolean byline(Element e, int words) {
    return PageMetadata.hasToken(e.attr("rel"), "author")
        || e.attr("itemprop").contains("author")
        || (words & BYLINE_WORD) != 0;
  }

  /** Tell whether a non-empty lower-case class and id string names furniture. */
  private static boolean unlikelyWords(String matchString) {
    // Every word of AD_WORD holds "ad" or "dfp": most class names are cleared without the regex.
    if ((matchString.contains("ad") || matchString.contains("dfp"))
        && AD_WORD.matcher(matchString).find()) {
      return true;
    }
    String words = stripLayoutWords(matchString);
    if (Literals.any(words, ALWAYS_FURNITURE)) {
      return true;
    }
    return Literals.any(words, UNLIKELY) && !Literals.any(matchString, MAYBE);
  }

  /**
   * Tell whether an element's class or id names sharing: such a box is furniture when it holds
   * little text, but some sites put share-button ids on the article's own container.
   *
   * @param matchString an element's lower-case class and id
   * @return true if it mentions sharing
   */
  private static boolean sharing(String matchString) {
    return matchString.contains("share") || matchString.contains("sharing");
  }

  /** Weigh one class or id value: -25 if it reads like furniture, +25 if like content. */
  private static int wordWeight(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (NEGATIVE.matcher(v).find()) {
      weight -= 25;
    }
    if (Literals.any(v, POSITIVE)) {
      weight += 25;
    }
    return weight;
  }

  /**
   * Drop layout words such as {@code has-sidebar} or {@code with-comments}, which describe the page
   * around an element rather than the element.
   */
  private static String stripLayoutWords(String matchString) {
    if (matchString.indexOf("has-") < 0 && matchString.indexOf("with-") < 0
        && matchString.indexOf("no-") < 0) {
      return matchString;
    }
    StringBuilder out = new StringBuilder(matchString.length());
    for (String token : matchString.split(" ")) {
      if (!token.startsWith("has-") && !token.startsWith("with-") && !token.startsWith("no-")) {
        out.append(token).append(' ');
      }
    }
    return out.toString();
  }

  /** Alternations of plain words, matched with {@code String.contains}. */
  static final class Literals {
    private Literals() {}

    /** Split an alternation of plain words ("a|b|c"; no regular-expression syntax). */
    static String[] of(String alternation) {
      return alternation.split("\\|");
    }

    /** Tell whether a text holds any of the words, as {@code find()} of their alternation. */
    static boolean any(String text, String[] words) {
      for (String word : words) {
        if (text.contains(word)) {
          return true;
        }
      }
      return false;
    }
  }
}
