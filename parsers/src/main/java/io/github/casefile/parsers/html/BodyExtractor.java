package io.github.casefile.parsers.html;

import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in a page's body, in the manner of Readability.js: furniture is marked (never
 * removed, so a stricter attempt that finds too little can be relaxed without parsing again),
 * paragraphs score their ancestors by text length and commas, the best candidate is corrected by
 * link density and its siblings that read like the article join it, and lists, tables and boxes of
 * links inside it are dropped. Every walk is iterative.
 */
final class BodyExtractor {
  private static final int MIN_PARAGRAPH = 25;
  /** How many nodes {@link #shortText} visits at most. */
  private static final int SHORT_TEXT_NODES = 256;
  private static final int ENOUGH_TEXT = 500;
  private static final int MAX_BYLINE = 100;
  private static final Set<String> SCORED = Set.of("p", "pre", "td");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section",
          "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li", "header", "main");
  private static final Set<String> CONDITIONAL =
      Set.of("form", "fieldset", "table", "ul", "ol", "div", "section", "dl");

  private final SourceInput input;
  private final String headline;
  private final Set<Element> hard = identitySet();
  private final Set<Element> soft = identitySet();
  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final Map<Element, double[]> scores = new IdentityHashMap<>();
  // Document order of the maps' keys, so that ties break the same way on every run.
  private final List<Element> statsOrder = new ArrayList<>();
  private final List<Element> scoresOrder = new ArrayList<>();
  private String byline;
  private Element bylineElement;
  private String dateText;

  /** Text statistics of one element's visible subtree. */
  static final class Stats {
    int text;
    int link;
    int commas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int embeds;
    boolean blockChild;
  }

  /** The article found. */
  static final class Result {
    final List<String> paragraphs;
    final String byline;
    final String dateText;

    Result(List<String> paragraphs, String byline, String dateText) {
      this.paragraphs = paragraphs;
      this.byline = byline;
      this.dateText = dateText;
    }
  }

  BodyExtractor(SourceInput input, String headline) {
    this.input = input;
    this.headline = headline;
  }

  /**
   * Find and write the article under a root: the page's body, or a theme's content element.
   *
   * @param root where to look
   * @param known true when the root is known to be the article (a theme's content element): no
   *     candidate is searched, only furniture is dropped
   * @return the paragraphs and the byline found on the way
   */
  Result extract(Element root, boolean known) {
    mark(root);
    List<String> best = List.of();
    int bestLength = -1;
    for (int attempt = 0; attempt < 3; attempt++) {
      input.checkDeadline("finding the article in the HTML");
      boolean strict = attempt == 0;
      boolean clean = attempt < 2;
      Set<Element> skip = identitySet();
      skip.addAll(hard);
      if (strict) {
        skip.addAll(soft);
      }
      stats.clear();
      scores.clear();
      statsOrder.clear();
      scoresOrder.clear();
      computeStats(root, skip);
      List<Element> parts = known ? List.of(root) : candidate(root, skip, strict);
      if (clean) {
        for (Element part : parts) {
          cleanConditionally(part, skip);
        }
      }
      List<String> paragraphs = new ParagraphWriter(skip, headline, input).write(parts);
      int length = 0;
      for (String p : paragraphs) {
        length += p.length();
      }
      if (length >= ENOUGH_TEXT || (known && length > 0)) {
        return new Result(paragraphs, byline, dateText);
      }
      if (length > bestLength) {
        best = paragraphs;
        bestLength = length;
      }
    }
    return new Result(best, byline, dateText);
  }

  /** Mark furniture: hard marks hold in every attempt, soft ones only in the first. */
  private void mark(Element root) {
    int[] count = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element)) {
          return FilterResult.CONTINUE;
        }
        if ((++count[0] & 0xFFF) == 0) {
          input.checkDeadline("marking the page's furniture");
        }
        Element e = (Element) node;
        String tag = e.normalName();
        if (Furniture.NEVER_TEXT.contains(tag) || Furniture.hidden(e)) {
          hard.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        String match = Furniture.classAndId(e);
        if (e != root && Furniture.byline(e, match)) {
          String text = bylineText(e);
          if (!text.isBlank() && (text.length() < MAX_BYLINE || longByline(text))) {
            if (byline == null) {
              byline = text;
              bylineElement = e;
            }
            if (dateText == null) {
              dateText = text;
            }
            hard.add(e);
            return FilterResult.SKIP_ENTIRELY;
          }
        }
        if (dateText == null && !match.isEmpty() && isDateClass(match)) {
          String text = e.text();
          if (text.length() < MAX_BYLINE) {
            dateText = text;
          }
        }
        if (e != root && Furniture.sharing(match) && !e.attr("itemprop").contains("articleBody")
            && e.text().length() < ENOUGH_TEXT) {
          hard.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e != root && (Furniture.FURNITURE_TAGS.contains(tag)
            || (tag.equals("header") && !insideArticle(e)))) {
          hard.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e != root && !inTable(e) && Furniture.unlikely(e, match)) {
          (Furniture.alwaysFurniture(e, match) ? hard : soft).add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    if (bylineElement != null && dateText == byline) {
      Element parent = bylineElement.parent();
      if (parent != null && parent != root) {
        String around = parent.text();
        if (around.length() < 2 * MAX_BYLINE) {
          dateText = inlineLine(parent, bylineElement);
        }
      }
    }
  }

  /**
   * Return the text of an element's inline content: a byline's line with the date beside it,
   * without the headline or paragraphs that share its parent (their dates are not the article's).
   */
  private static String inlineLine(Element parent, Element byline) {
    StringBuilder line = new StringBuilder();
    for (Node child : parent.childNodes()) {
      if (child instanceof org.jsoup.nodes.TextNode text) {
        line.append(text.text());
      } else if (child instanceof Element e
          && (e == byline || !ParagraphWriter.BLOCKS.contains(e.normalName()))) {
        line.append(' ').append(e.text()).append(' ');
      }
    }
    return line.toString().trim();
  }

  /**
   * Return a byline element's text with its block children set apart by " | ", so that a role
   * or date in a block of its own ("Games Editor") does not read as part of the name.
   */
  private static String bylineText(Element e) {
    StringBuilder text = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.text());
      } else if (child instanceof Element c) {
        boolean block = ParagraphWriter.BLOCKS.contains(c.normalName());
        text.append(block ? " | " : "").append(c.text()).append(block ? " | " : "");
      }
    }
    return io.github.casefile.model.Paragraphs.normalize(text.toString());
  }

  /** Accept a long byline when it reads as one: "By" and names, no sentence. */
  private static boolean longByline(String text) {
    return text.length() < 4 * MAX_BYLINE && text.regionMatches(true, 0, "by ", 0, 3)
        && text.indexOf(". ") < 0;
  }

  private static boolean isDateClass(String match) {
    return match.contains("date") || match.contains("time") || match.contains("posted-on")
        || match.contains("published") || match.contains("meta");
  }

  private static boolean insideArticle(Element e) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 8; i++, p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("article") || tag.equals("main")) {
        return true;
      }
    }
    return false;
  }

  private static boolean inTable(Element e) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 3; i++, p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("table") || tag.equals("code")) {
        return true;
      }
    }
    return false;
  }

  /** Compute text statistics bottom-up, skipping marked subtrees. */
  private void computeStats(Element root, Set<Element> skip) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
          if (skip.contains(node)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          stats.put((Element) node, new Stats());
          statsOrder.add((Element) node);
        } else if (node instanceof TextNode) {
          Element parent = (Element) node.parentNode();
          Stats s = parent == null ? null : stats.get(parent);
          if (s != null) {
            String text = ((TextNode) node).getWholeText();
            s.text += visibleLength(text);
            s.commas += commas(text);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element) || node == root) {
          return FilterResult.CONTINUE;
        }
        Element e = (Element) node;
        Stats s = stats.get(e);
        Element parent = e.parent();
        Stats p = parent == null ? null : stats.get(parent);
        if (s == null || p == null) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (tag.equals("a")) {
          s.link = s.text;
        }
        switch (tag) {
          case "p":
            p.paragraphs++;
            break;
          case "img":
          case "picture":
            p.images++;
            break;
          case "li":
            p.items++;
            break;
          default:
            break;
        }
        if (BLOCK_CHILDREN.contains(tag)) {
          p.blockChild = true;
        }
        p.blockChild |= s.blockChild;
        p.text += s.text;
        p.link += s.link;
        p.commas += s.commas;
        p.paragraphs += s.paragraphs;
        p.images += s.images;
        p.items += s.items;
        p.inputs += s.inputs;
        p.embeds += s.embeds;
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  /** Score paragraphs into their ancestors and pick the article's elements. */
  private List<Element> candidate(Element root, Set<Element> skip, boolean weigh) {
    int count = 0;
    for (Element e : statsOrder) {
      if ((++count & 0xFFF) == 0) {
        input.checkDeadline("scoring the page's paragraphs");
      }
      Stats s = stats.get(e);
      String tag = e.normalName();
      boolean scored = SCORED.contains(tag)
          || ((tag.equals("div") || tag.equals("section") || tag.equals("article"))
              && !s.blockChild);
      int length = s.text;
      int commas = s.commas;
      if (!scored && tag.equals("div")) {
        // A div that mixes text and blocks: its own text counts as a paragraph of its own.
        length = 0;
        commas = 0;
        for (TextNode t : e.textNodes()) {
          String text = t.getWholeText();
          length += visibleLength(text);
          commas += commas(text);
        }
        scored = length >= MIN_PARAGRAPH;
      }
      if (!scored || length < MIN_PARAGRAPH || e == root) {
        continue;
      }
      double score = 1 + commas + Math.min(length / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        if (!stats.containsKey(ancestor)) {
          break;
        }
        double[] sc = scores.get(ancestor);
        if (sc == null) {
          sc = new double[] {initialScore(ancestor, weigh)};
          scores.put(ancestor, sc);
          scoresOrder.add(ancestor);
        }
        sc[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        if (ancestor == root) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    List<Element> ranked = new ArrayList<>();
    for (Element e : scoresOrder) {
      double[] sc = scores.get(e);
      double adjusted = sc[0] * (1 - linkDensity(e));
      sc[0] = adjusted;
      ranked.add(e);
      if (top == null || adjusted > topScore) {
        top = e;
        topScore = adjusted;
      }
    }
    if (top == null || top == root) {
      return List.of(root);
    }
    top = climb(root, top, ranked);
    return withSiblings(root, top);
  }

  private double initialScore(Element e, boolean weigh) {
    double score;
    switch (e.normalName()) {
      case "div":
        score = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        score = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        score = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        score = -5;
        break;
      default:
        score = 0;
        break;
    }
    return weigh ? score + Furniture.classWeight(e) : score;
  }

  private double score(Element e) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0];
  }

  /** Move up from the best candidate when its ancestors hold the article better. */
  private Element climb(Element root, Element top, List<Element> ranked) {
    double topScore = score(top);
    ranked.sort((a, b) -> Double.compare(score(b), score(a))); // stable: ties keep page order
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
      if (score(ranked.get(i)) / topScore >= 0.75) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = top.parent();
      while (parent != null && parent != root) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    double lastScore = score(top);
    double threshold = lastScore / 3;
    Element parent = top.parent();
    while (parent != null && parent != root) {
      if (!scores.containsKey(parent)) {
        parent = parent.parent();
        continue;
      }
      double parentScore = score(parent);
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
      parent = parent.parent();
    }
    parent = top.parent();
    while (parent != null && parent != root && parent.childrenSize() == 1
        && stats.containsKey(parent)) {
      top = parent;
      parent = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 64; i++, p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Join the siblings that read like the article to the best candidate. */
  private List<Element> withSiblings(Element root, Element top) {
    Element parent = top.parent();
    if (parent == null || top == root) {
      return List.of(top);
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      if (s == null) {
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className())
          ? topScore * 0.2 : 0;
      if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
        parts.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("p") || isParagraphLike(sibling, s)) {
        double density = linkDensity(sibling);
        if (s.text > 80 && density < 0.25) {
          parts.add(sibling);
        } else if (s.text > 0 && s.text <= 80 && density == 0 && endsSentence(sibling.text())) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private static boolean isParagraphLike(Element e, Stats s) {
    String tag = e.normalName();
    return (tag.equals("div") || tag.equals("blockquote") || tag.equals("pre")) && !s.blockChild;
  }

  private static boolean endsSentence(String text) {
    String t = text.trim();
    int dot = t.indexOf(". ");
    return t.endsWith(".") || dot >= 0;
  }

  /** Drop boxes, lists and tables inside the article that read like furniture. */
  private void cleanConditionally(Element part, Set<Element> skip) {
    List<Element> order = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        return node instanceof Element && skip.contains(node)
            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && node != part) {
          order.add((Element) node);
        }
        return FilterResult.CONTINUE;
      }
    }, part);
    // Post-order: inner boxes go first, and their removal updates their ancestors' counts.
    for (Element e : order) {
      String tag = e.normalName();
      Stats s = stats.get(e);
      if (s == null) {
        continue;
      }
      boolean drop;
      if (tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) {
        drop = Furniture.classWeight(e) < 0 || linkDensity(e) > 0.33;
      } else if (CONDITIONAL.contains(tag)) {
        drop = dropConditionally(e, s);
      } else {
        drop = false;
      }
      if (drop) {
        skip.add(e);
        subtract(e, s, part);
      }
    }
  }

  private boolean dropConditionally(Element e, Stats s) {
    int weight = Furniture.classWeight(e);
    if (weight + score(e) < 0) {
      return true;
    }
    if (s.commas >= 10) {
      return false;
    }
    String tag = e.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (tag.equals("table") && !s.blockChild && s.text > 0) {
      return false;
    }
    double density = linkDensity(e);
    int p = s.paragraphs;
    int img = s.images;
    int li = s.items - 100;
    if (img > 1 && (double) p / img < 0.5 && !hasFigureAncestor(e)) {
      return true;
    }
    if (!list && li > p) {
      return true;
    }
    if (s.inputs > p / 3) {
      return true;
    }
    if (!list && s.text < MIN_PARAGRAPH && (img == 0 || img > 2) && s.text > 0
        && !endsSentence(shortText(e))) {
      return true;
    }
    if (weight < 25 && density > 0.2 + (list ? 0.15 : 0)) {
      return true;
    }
    return weight >= 25 && density > 0.5;
  }

  /**
   * Return the text of an element whose counted text is short, visiting at most {@link
   * #SHORT_TEXT_NODES} nodes: {@code e.text()} on every short box of a page of 100,000 nested
   * empty boxes would walk the whole tree once per box.
   */
  private static String shortText(Element e) {
    StringBuilder text = new StringBuilder();
    int[] visited = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (++visited[0] > SHORT_TEXT_NODES) {
          return FilterResult.STOP;
        }
        if (node instanceof TextNode) {
          text.append(((TextNode) node).text());
        } else if (node instanceof Element && ((Element) node).isBlock() && text.length() > 0) {
          text.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
    return text.toString();
  }

  private static boolean hasFigureAncestor(Element e) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 3; i++, p = p.parent()) {
      if (p.normalName().equals("figure")) {
        return true;
      }
    }
    return false;
  }

  private void subtract(Element e, Stats s, Element stop) {
    Element p = e.parent();
    while (p != null) {
      Stats a = stats.get(p);
      if (a == null) {
        break;
      }
      a.text -= s.text;
      a.link -= s.link;
      a.commas -= s.commas;
      a.paragraphs -= s.paragraphs + (e.normalName().equals("p") ? 1 : 0);
      a.images -= s.images;
      a.items -= s.items;
      if (p == stop) {
        break;
      }
      p = p.parent();
    }
  }

  private double linkDensity(Element e) {
    Stats s = stats.get(e);
    if (s == null || s.text == 0) {
      return 0;
    }
    return Math.min(1.0, (double) s.link / s.text);
  }

  /**
   * Count the characters a reader sees: white space runs count as one.
   *
   * @param text raw text
   * @return the length after collapsing white space
   */
  static int visibleLength(String text) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }

  private static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
