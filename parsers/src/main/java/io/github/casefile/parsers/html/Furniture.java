package io.github.casefile.parsers.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by tag, role, visibility and class or id words (the vocabulary
 * Readability.js uses, plus cookie notices, newsletter boxes, share bars and captions), and weighs
 * class names for content scoring. Patterns run on one element's class and id only, never on the
 * document.
 */
final class Furniture {
  /** Tags that never hold article text. */
  static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
      "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea",
      "option", "link", "meta", "map", "audio", "video", "source", "track", "figcaption", "dialog",
      "head", "title", "frame", "frameset", "applet", "datalist", "output", "progress", "meter");
  /** Tags that hold furniture unless nothing else holds the article. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");

  // Short alternations over one element's class and id: linear.
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
          + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social"
          + "|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie"
          + "|consent|newsletter|subscribe|signup|sign-up|recommend|taboola"
          + "|outbrain|promo|caption|photo-credit|image-credit|media-credit|credits|masthead|navbar|topbar|toolbar|paywall|modal"
          + "|trending|most-popular|mostpopular|read-next|readnext|more-stories|tags");
  // Furniture that never holds the article, even when a stricter attempt found too little.
  private static final Pattern ALWAYS_FURNITURE = Pattern.compile(
      "comment|disqus|cookie|consent|gdpr|newsletter|subscribe|signup|sign-up|related|recommend"
          + "|taboola|outbrain|promo|paywall|breadcrumb|social");
  private static final Pattern MAYBE = Pattern.compile(
      "and|article|body|column|content|main|mathjax|shadow|story");
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
          + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
          + "|sponsor|shopping|tags|widget|caption|credit|newsletter|cookie");
  private static final Pattern BYLINE = Pattern.compile(
      "byline|author|dateline|writtenby|p-author|entry-meta|posted-on");
  private static final Pattern AD_WORD = Pattern.compile(
      "(?:^|[\\s_-])(?:ad|ads|advert|advertisement|adsbygoogle|dfp|adslot|ad-slot)(?:$|[\\s_-])");
  private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary",
      "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search");

  private Furniture() {}

  /**
   * Return an element's class and id, lower-case, as one string.
   *
   * @param e the element
   * @return such as {@code "post-content main"}
   */
  static String classAndId(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
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
   * Tell whether an element's class, id or role marks it as furniture.
   *
   * @param e the element
   * @param matchString its {@link #classAndId(Element)}
   * @return true if it is unlikely to hold the article
   */
  static boolean unlikely(Element e, String matchString) {
    String role = e.attr("role");
    if (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (matchString.isEmpty()) {
      return false;
    }
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("a") || tag.equals("html") || tag.equals("article")
        || tag.equals("main") || e.attr("itemprop").contains("articleBody")) {
      return false;
    }
    if (AD_WORD.matcher(matchString).find()) {
      return true;
    }
    String words = stripLayoutWords(matchString);
    if (ALWAYS_FURNITURE.matcher(words).find()) {
      return true;
    }
    return UNLIKELY.matcher(words).find() && !MAYBE.matcher(matchString).find();
  }

  /**
   * Tell whether furniture marked by {@link #unlikely} can never hold the article: comments,
   * cookie notices, newsletter boxes, related links, social bars and elements with a furniture role.
   *
   * @param e the element
   * @param matchString its {@link #classAndId(Element)}
   * @return true if no relaxed attempt should look inside it
   */
  static boolean alwaysFurniture(Element e, String matchString) {
    String role = e.attr("role");
    return (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT)))
        || ALWAYS_FURNITURE.matcher(stripLayoutWords(matchString)).find();
  }

  /**
   * Tell whether an element's class or id names sharing: such a box is furniture when it holds
   * little text, but some sites put share-button ids on the article's own container.
   *
   * @param matchString an element's {@link #classAndId(Element)}
   * @return true if it mentions sharing
   */
  static boolean sharing(String matchString) {
    return matchString.contains("share") || matchString.contains("sharing");
  }

  /**
   * Tell whether an element looks like a byline.
   *
   * @param e the element
   * @param matchString its {@link #classAndId(Element)}
   * @return true for author links, author microdata and byline classes
   */
  static boolean byline(Element e, String matchString) {
    return PageMetadata.hasToken(e.attr("rel"), "author")
        || e.attr("itemprop").contains("author")
        || (!matchString.isEmpty() && BYLINE.matcher(matchString).find());
  }

  /**
   * Weigh an element's class and id: +25 for each that reads like content, -25 for furniture.
   *
   * @param e the element
   * @return the weight
   */
  static int classWeight(Element e) {
    int weight = 0;
    String cls = e.className().toLowerCase(Locale.ROOT);
    if (!cls.isEmpty()) {
      if (NEGATIVE.matcher(cls).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(cls).find()) {
        weight += 25;
      }
    }
    String id = e.id().toLowerCase(Locale.ROOT);
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        weight += 25;
      }
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
}
