package io.github.casefile.parsers.html;

import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
  private static final Set<String> CONDITIONAL =
      Set.of("form", "fieldset", "table", "ul", "ol", "div", "section", "dl");

  private final SourceInput input;
  private final String headline;
  private final Set<Element> hard = identitySet();
  private final Set<Element> soft = identitySet();
  private final List<Element> softInOrder = new ArrayList<>();
  private final ElementStats stats = new ElementStats();
  private final Furniture.Words classWords = new Furniture.Words();
  // Indexes of the scored elements, in the order they were first scored, so that ties break the
  // same way on every run.
  private int[] scoresOrder = new int[16];
  private int scoredCount;
  private String byline;
  private Element bylineElement;
  private String dateText;

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
      if (attempt == 1 && byline == null) {
        bylineInSoftFurniture();
      }
      Set<Element> skip = identitySet();
      skip.addAll(hard);
      if (strict) {
        skip.addAll(soft);
      }
      scoredCount = 0;
      stats.compute(root, skip, input);
      int[] parts = known ? new int[] {0} : candidate(strict);
      List<Element> elements = new ArrayList<>(parts.length);
      for (int part : parts) {
        if (clean) {
          cleanConditionally(part, skip);
        }
        elements.add(stats.element(part));
      }
      List<String> paragraphs = new ParagraphWriter(skip, headline, input).write(elements);
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
        int words = classWords.of(e);
        if (e != root && Furniture.byline(e, words)) {
          String text = bylineText(e);
          if (isByline(text)) {
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
        if (dateText == null && (words & Furniture.DATE_WORD) != 0) {
          String text = e.text();
          if (text.length() < MAX_BYLINE) {
            dateText = text;
          }
        }
        if (e != root && (words & Furniture.SHARING_WORD) != 0
            && !e.attr("itemprop").contains("articleBody")
            && e.text().length() < ENOUGH_TEXT) {
          hard.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e != root && (Furniture.FURNITURE_TAGS.contains(tag)
            || (tag.equals("header") && !insideArticle(e)))) {
          hard.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e != root && !inTable(e) && Furniture.unlikely(e, words)) {
          if (Furniture.alwaysFurniture(e, words)) {
            hard.add(e);
          } else {
            soft.add(e);
            softInOrder.add(e);
          }
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
   * Look for the byline inside the furniture that only the strict attempt skips, as the relaxed
   * attempts read the article there: a page whose headline and byline sit in a box named like a
   * "modal" or "header" has its article beside them. Runs once, before the first relaxed attempt,
   * and only when no byline was found outside; the element found is kept out of the paragraphs.
   */
  private void bylineInSoftFurniture() {
    for (Element region : softInOrder) {
      Element found = firstByline(region);
      if (found != null) {
        hard.add(found);
        return;
      }
    }
  }

  /** Return the first byline element under a region, in document order, or null. */
  private Element firstByline(Element region) {
    Element[] found = {null};
    NodeTraversor.filter((node, depth) -> {
      if (!(node instanceof Element e)) {
        return NodeFilter.FilterResult.CONTINUE;
      }
      if (Furniture.NEVER_TEXT.contains(e.normalName()) || Furniture.hidden(e)) {
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      if (e != region && Furniture.byline(e, classWords.of(e))) {
        String text = bylineText(e);
        if (isByline(text)) {
          byline = text;
          found[0] = e;
          return NodeFilter.FilterResult.STOP;
        }
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, region);
    return found[0];
  }

  private static boolean isByline(String text) {
    return !text.isBlank() && (text.length() < MAX_BYLINE || longByline(text));
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
        // An inline child keeps the white space at its edges: "<span>By </span><span>Kim</span>"
        // is "By Kim", where text() would trim it to "ByKim".
        text.append(block ? " | " : "").append(block ? c.text() : c.wholeText())
            .append(block ? " | " : "");
      }
    }
    return io.github.casefile.model.Paragraphs.normalize(text.toString());
  }

  /** Accept a long byline when it reads as one: "By" and names, no sentence. */
  private static boolean longByline(String text) {
    return text.length() < 4 * MAX_BYLINE && text.regionMatches(true, 0, "by ", 0, 3)
        && text.indexOf(". ") < 0;
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

  /** Score paragraphs into their ancestors and pick the article's elements, as indexes. */
  private int[] candidate(boolean weigh) {
    ElementStats st = stats;
    for (int i = 1; i < st.size(); i++) {
      if ((i & 0xFFF) == 0) {
        input.checkDeadline("scoring the page's paragraphs");
      }
      Element e = st.element(i);
      String tag = e.normalName();
      boolean scored = SCORED.contains(tag)
          || ((tag.equals("div") || tag.equals("section") || tag.equals("article"))
              && !st.blockChild(i));
      int length = st.text[i];
      int commas = st.commas[i];
      if (!scored && tag.equals("div")) {
        // A div that mixes text and blocks: its own text counts as a paragraph of its own.
        length = 0;
        commas = 0;
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            String text = t.getWholeText();
            length += visibleLength(text);
            commas += commas(text);
          }
        }
        scored = length >= MIN_PARAGRAPH;
      }
      if (!scored || length < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas + Math.min(length / 100, 3);
      int ancestor = st.parent[i];
      for (int level = 0; ancestor >= 0 && level < 5; level++) {
        if (Double.isNaN(st.score[ancestor])) {
          st.score[ancestor] = initialScore(st.element(ancestor), weigh);
          if (scoredCount == scoresOrder.length) {
            scoresOrder = Arrays.copyOf(scoresOrder, scoredCount * 2);
          }
          scoresOrder[scoredCount++] = ancestor;
        }
        st.score[ancestor] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        ancestor = st.parent[ancestor];
      }
    }
    int top = -1;
    double topScore = 0;
    for (int k = 0; k < scoredCount; k++) {
      int e = scoresOrder[k];
      double adjusted = st.score[e] * (1 - linkDensity(e));
      st.score[e] = adjusted;
      if (top < 0 || adjusted > topScore) {
        top = e;
        topScore = adjusted;
      }
    }
    if (top <= 0) {
      return new int[] {0};
    }
    top = climb(top);
    return withSiblings(top);
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
    return weigh ? score + classWords.weight(e) : score;
  }

  private double score(int e) {
    double s = stats.score[e];
    return Double.isNaN(s) ? 0 : s;
  }

  /** Move up from the best candidate when its ancestors hold the article better. */
  private int climb(int top) {
    ElementStats st = stats;
    double topScore = score(top);
    List<Integer> alternatives = new ArrayList<>(4);
    for (int alt : runnersUp(top)) {
      if (alt >= 0 && score(alt) / topScore >= 0.75) {
        alternatives.add(alt);
      }
    }
    if (alternatives.size() >= 3) {
      int parent = st.parent[top];
      while (parent > 0) {
        int containing = 0;
        for (int alt : alternatives) {
          if (isAncestor(parent, alt)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          break;
        }
        parent = st.parent[parent];
      }
    }
    double lastScore = score(top);
    double threshold = lastScore / 3;
    int parent = st.parent[top];
    while (parent > 0) {
      if (Double.isNaN(st.score[parent])) {
        parent = st.parent[parent];
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
      parent = st.parent[parent];
    }
    parent = st.parent[top];
    while (parent > 0 && st.element(parent).childrenSize() == 1) {
      top = parent;
      parent = st.parent[top];
    }
    return top;
  }

  /**
   * Return the four best scored elements after the best one, best first, ties in the order they
   * were first scored: what a stable sort of all of them gives, without sorting them.
   */
  private int[] runnersUp(int top) {
    int[] best = {-1, -1, -1, -1, -1};
    for (int k = 0; k < scoredCount; k++) {
      int e = scoresOrder[k];
      double s = score(e);
      for (int slot = 0; slot < best.length; slot++) {
        if (best[slot] < 0 || s > score(best[slot])) {
          System.arraycopy(best, slot, best, slot + 1, best.length - slot - 1);
          best[slot] = e;
          break;
        }
      }
    }
    // The first of the highest scores is the candidate itself.
    return best[0] == top ? Arrays.copyOfRange(best, 1, 5) : new int[] {-1, -1, -1, -1};
  }

  private boolean isAncestor(int ancestor, int e) {
    int p = stats.parent[e];
    for (int i = 0; p >= 0 && i < 64; i++, p = stats.parent[p]) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Join the siblings that read like the article to the best candidate. */
  private int[] withSiblings(int top) {
    ElementStats st = stats;
    int parent = st.parent[top];
    if (parent < 0) {
      return new int[] {top};
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = st.element(top).className();
    int[] parts = new int[4];
    int count = 0;
    for (int sibling = parent + 1; sibling < st.end[parent]; sibling = st.end[sibling]) {
      boolean join;
      if (sibling == top) {
        join = true;
      } else {
        Element e = st.element(sibling);
        double bonus = !topClass.isEmpty() && topClass.equals(e.className())
            ? topScore * 0.2 : 0;
        if (!Double.isNaN(st.score[sibling]) && score(sibling) + bonus >= threshold) {
          join = true;
        } else if (e.normalName().equals("p") || isParagraphLike(e, st.blockChild(sibling))) {
          double density = linkDensity(sibling);
          int text = st.text[sibling];
          join = (text > 80 && density < 0.25)
              || (text > 0 && text <= 80 && density == 0 && endsSentence(e.text()));
        } else {
          join = false;
        }
      }
      if (join) {
        if (count == parts.length) {
          parts = Arrays.copyOf(parts, count * 2);
        }
        parts[count++] = sibling;
      }
    }
    return Arrays.copyOf(parts, count);
  }

  private static boolean isParagraphLike(Element e, boolean blockChild) {
    String tag = e.normalName();
    return (tag.equals("div") || tag.equals("blockquote") || tag.equals("pre")) && !blockChild;
  }

  private static boolean endsSentence(String text) {
    String t = text.trim();
    int dot = t.indexOf(". ");
    return t.endsWith(".") || dot >= 0;
  }

  /** Drop boxes, lists and tables inside the article that read like furniture. */
  private void cleanConditionally(int part, Set<Element> skip) {
    ElementStats st = stats;
    // Reverse document order: inner boxes go first, and their removal updates their ancestors'
    // counts; a box's decision reads only its own subtree, so the order of siblings is free.
    for (int i = st.end[part] - 1; i > part; i--) {
      Element e = st.element(i);
      String tag = e.normalName();
      boolean drop;
      if (tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) {
        drop = classWords.weight(e) < 0 || linkDensity(i) > 0.33;
      } else if (CONDITIONAL.contains(tag)) {
        drop = dropConditionally(i, e);
      } else {
        drop = false;
      }
      if (drop) {
        skip.add(e);
        st.subtract(i, part);
      }
    }
  }

  private boolean dropConditionally(int i, Element e) {
    ElementStats st = stats;
    int weight = classWords.weight(e);
    if (weight + score(i) < 0) {
      return true;
    }
    if (st.commas[i] >= 10) {
      return false;
    }
    String tag = e.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    int text = st.text[i];
    if (tag.equals("table") && !st.blockChild(i) && text > 0) {
      return false;
    }
    double density = linkDensity(i);
    int p = st.paragraphs[i];
    int img = st.images[i];
    int li = st.items[i] - 100;
    if (img > 1 && (double) p / img < 0.5 && !hasFigureAncestor(e)) {
      return true;
    }
    if (!list && li > p) {
      return true;
    }
    if (!list && text < MIN_PARAGRAPH && (img == 0 || img > 2) && text > 0
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

  private double linkDensity(int e) {
    int text = stats.text[e];
    if (text == 0) {
      return 0;
    }
    return Math.min(1.0, (double) stats.link[e] / text);
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
      // Printable ASCII first: most characters of most pages, without the Unicode table lookup.
      if ((c <= ' ' || c >= 128) && (Character.isWhitespace(c) || c == '\u00a0')) {
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

  static int commas(String text) {
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
