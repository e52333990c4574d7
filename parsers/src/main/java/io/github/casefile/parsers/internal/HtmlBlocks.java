package io.github.casefile.parsers.internal;

import io.github.casefile.model.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML fragment (a feed's {@code content:encoded}, a post's {@code content.rendered}, the
 * HTML body of an export) into paragraphs by the contract's rule. Internal to the parsers module.
 *
 * <p>Each {@code <p>}, list item, block quote, {@code <pre>} block and heading is a paragraph, and
 * so is the text between blocks; {@code <br><br>} separates paragraphs, a single {@code <br>} is a
 * space. Not paragraphs: captions ({@code <figcaption>}, {@code wp-caption-text} and other
 * caption and credit classes), scripts, styles, forms, embedded media, navigation, asides and
 * footers, hidden elements, bylines, share and related-links boxes, WordPress shortcodes standing
 * alone ({@code [ad_1]}), and closing links such as "Source" or "Read more" and "The post … appeared
 * first on …".
 *
 * <p>The tree is walked iteratively (jsoup's {@link NodeTraversor}), so any depth is safe; jsoup's
 * parser itself bounds the depth it builds.
 */
public final class HtmlBlocks {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt",
      "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td",
      "th", "figure", "hr", "address", "center", "details", "summary", "body", "html", "header",
      "hgroup", "caption", "fieldset", "legend", "listing", "plaintext", "xmp");
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "figcaption", "nav", "form", "button", "select",
      "option", "textarea", "input", "iframe", "svg", "math", "canvas", "object", "embed", "audio",
      "video", "picture", "img", "source", "track", "map", "head", "title", "meta", "link", "aside",
      "footer", "dialog", "menu", "base", "frame", "frameset", "applet", "param");
  private static final Set<String> FURNITURE_CLASSES = Set.of(
      "ad", "ads", "adsbygoogle", "advert", "hidden", "sr-only", "screen-reader-text",
      "visually-hidden", "comments", "tags", "tag-links", "meta", "entry-meta", "post-meta",
      "author", "author-bio", "sharedaddy", "jp-relatedposts", "navigation", "pagination");
  private static final String[] FURNITURE_PARTS = {
      "caption", "byline", "share", "social", "related", "advert", "newsletter", "subscribe",
      "sponsor", "promo", "breadcrumb", "credit", "timestamp", "dateline-wrap"};
  // One shortcode; a paragraph of them is matched one at a time, because Java matches a repeated
  // group by recursion and thousands of them overflow the stack.
  private static final Pattern SHORTCODE =
      Pattern.compile("\\[/?[a-z][a-z0-9_-]{0,40}\\]\\s*+");
  // Shortcodes that cannot be words in brackets: with an underscore ([ad_1]) or WordPress's own.
  private static final Pattern SHORTCODE_TOKEN = Pattern.compile(
      "\\[/?(?:[a-z][a-z0-9]{0,20}(?:_[a-z0-9]{1,20}){1,4}"
          + "|(?:caption|embed|gallery|playlist|audio|video)(?:\\s[^\\]\\[]{0,300})?)\\]");
  private static final Pattern POST_APPEARED =
      Pattern.compile("^The post .{1,400} appeared first on .{1,200}$");
  private static final Set<String> CLOSING_LINKS = Set.of(
      "source", "read more", "continue reading", "read the full article", "read full article",
      "read the full story", "read full story", "read the rest", "view original", "original article",
      "full story", "more", "link");

  private HtmlBlocks() {}

  /**
   * Read the paragraphs of an HTML fragment.
   *
   * @param html the fragment, such as {@code "<p>One.</p><p>Two.</p>"}; may be null
   * @return the paragraphs, normalised and non-empty
   */
  public static List<String> paragraphs(String html) {
    if (html == null || html.isBlank()) {
      return new ArrayList<>();
    }
    return paragraphs(Jsoup.parseBodyFragment(html).body());
  }

  /**
   * Read the paragraphs of an element and everything inside it.
   *
   * @param root the element, such as a document's body
   * @return the paragraphs, normalised and non-empty
   */
  public static List<String> paragraphs(Element root) {
    Walker walker = new Walker(root);
    NodeTraversor.filter(walker, root);
    walker.flush();
    return walker.paragraphs;
  }

  /**
   * Tell whether a paragraph's text alone marks it as furniture wherever it appears: WordPress
   * shortcodes standing alone ({@code [ad_1]}) and "The post … appeared first on …".
   *
   * @param paragraph a normalised paragraph
   * @return true if {@link #paragraphs} drops such a paragraph
   */
  public static boolean isFurnitureText(String paragraph) {
    return onlyShortcodes(paragraph) || POST_APPEARED.matcher(paragraph).matches();
  }

  private static boolean onlyShortcodes(String paragraph) {
    if (paragraph.isEmpty()) {
      return false;
    }
    Matcher m = SHORTCODE.matcher(paragraph);
    int at = 0;
    while (at < paragraph.length()) {
      m.region(at, paragraph.length());
      if (!m.lookingAt()) {
        return false;
      }
      at = m.end();
    }
    return true;
  }

  /**
   * Remove the WordPress shortcodes that cannot be bracketed words ({@code [ad_2]}, {@code
   * [caption id="…"]}) from a paragraph, as {@link #paragraphs} does.
   *
   * @param paragraph a paragraph
   * @return it without such shortcodes, normalised
   */
  public static String stripShortcodes(String paragraph) {
    if (paragraph.indexOf('[') < 0) {
      return paragraph;
    }
    return Paragraphs.normalize(SHORTCODE_TOKEN.matcher(paragraph).replaceAll(" "));
  }

  /**
   * Tell whether an element is furniture that is not part of the text: a caption, script, form,
   * byline, share box, hidden element and the like.
   *
   * @param element the element
   * @return true if its text is not article text
   */
  public static boolean isFurniture(Element element) {
    String name = element.normalName();
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(colon + 1);
    }
    if (SKIPPED.contains(name) || element.hasAttr("hidden")
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    return furnitureName(element.className()) || furnitureName(element.id());
  }

  private static boolean furnitureName(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String raw : Tokens.split(names)) {
      String name = raw.toLowerCase(Locale.ROOT);
      if (FURNITURE_CLASSES.contains(name)) {
        return true;
      }
      for (String part : FURNITURE_PARTS) {
        if (name.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String localName(Element element) {
    String name = element.normalName();
    int colon = name.indexOf(':');
    return colon >= 0 ? name.substring(colon + 1) : name;
  }

  /** Collects text into paragraphs as jsoup walks the tree. */
  private static final class Walker implements NodeFilter {
    private final Element root;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final StringBuilder unlinked = new StringBuilder();
    private int linkDepth;
    private boolean pendingBreak;

    Walker(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode) {
        String text = ((TextNode) node).getWholeText();
        if (!text.isBlank()) {
          pendingBreak = false;
        }
        current.append(text);
        if (linkDepth == 0) {
          unlinked.append(text);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      Element element = (Element) node;
      if (element != root && isFurniture(element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = localName(element);
      if (name.equals("br")) {
        if (pendingBreak) {
          flush();
        } else {
          current.append(' ');
          pendingBreak = true;
        }
        return FilterResult.CONTINUE;
      }
      if (BLOCKS.contains(name)) {
        flush();
      } else if (name.equals("a")) {
        linkDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element) {
        String name = localName((Element) node);
        if (BLOCKS.contains(name)) {
          flush();
        } else if (name.equals("a")) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      pendingBreak = false;
      String paragraph = stripShortcodes(Paragraphs.normalize(current));
      boolean linked = stripShortcodes(Paragraphs.normalize(unlinked)).isEmpty();
      current.setLength(0);
      unlinked.setLength(0);
      if (paragraph.isEmpty() || isFurnitureText(paragraph)
          || linked && CLOSING_LINKS.contains(closingLinkText(paragraph))) {
        return;
      }
      paragraphs.add(paragraph);
    }

    private static String closingLinkText(String paragraph) {
      String text = paragraph.toLowerCase(Locale.ROOT);
      int end = text.length();
      while (end > 0 && ".…:→»>› ".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      return text.substring(0, end);
    }
  }
}
