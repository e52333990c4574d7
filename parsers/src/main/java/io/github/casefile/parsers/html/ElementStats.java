package io.github.casefile.parsers.html;

import io.github.casefile.spi.SourceInput;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text statistics of the elements under a root, in parallel arrays indexed by a pre-order number
 * (the root is 0): visible text length, link text length, commas, and the paragraphs, images and
 * list items below each element, computed bottom-up in one iterative walk. An element's subtree is
 * the index range {@code [i, end[i])}. Leaves that no decision reads on their own (links, spans,
 * images, list items of links: every element whose tag is not in {@link #KEPT} and that holds no
 * element of those tags) get no number: their counts go to their parent. Every element a decision
 * reads (a scored paragraph, its ancestors, a box that may be dropped) is numbered. So a page of a
 * million links costs a few arrays of ints instead of a million objects in a hash map. Reused
 * across attempts; not thread-safe.
 */
final class ElementStats {
  /** Tags a decision reads on their own even when they hold no element. */
  static final Set<String> KEPT = Set.of("p", "pre", "td", "div", "section", "article",
      "blockquote", "h1", "h2", "h3", "form", "fieldset", "table", "ul", "ol", "dl");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section",
          "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li", "header", "main");

  // Grown by doubling: most pages number a few hundred elements.
  private static final int INITIAL = 64;

  private Element[] elements = new Element[INITIAL];
  /** The index of each element's parent; -1 for the root. */
  int[] parent = new int[INITIAL];
  /** One past the last index of each element's subtree. */
  int[] end = new int[INITIAL];
  /** Visible characters of text below each element. */
  int[] text = new int[INITIAL];
  /** Visible characters of link text below each element. */
  int[] link = new int[INITIAL];
  /** Commas below each element. */
  int[] commas = new int[INITIAL];
  /** Paragraph ({@code <p>}) elements below each element. */
  int[] paragraphs = new int[INITIAL];
  /** Images below each element. */
  int[] images = new int[INITIAL];
  /** List items below each element. */
  int[] items = new int[INITIAL];
  /** Each element's content score, NaN while unscored. */
  double[] score = new double[INITIAL];
  private final BitSet blockChild = new BitSet();
  private int size;

  /**
   * Compute the statistics of a root's subtree, leaving out marked subtrees.
   *
   * @param root the root, index 0
   * @param skip elements whose subtrees do not count
   * @param input the input, for its deadline
   */
  void compute(Element root, Set<Element> skip, SourceInput input) {
    size = 0;
    blockChild.clear();
    int[] open = {-1};
    NodeTraversor.filter(new NodeFilter() {
      private int visited;

      @Override
      public FilterResult head(Node node, int depth) {
        if ((++visited & 0xFFFF) == 0) {
          input.checkDeadline("measuring the page's text");
        }
        if (node instanceof TextNode t) {
          if (open[0] >= 0) {
            addText(open[0], t.getWholeText());
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (skip.contains(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (e != root && e.firstElementChild() == null && !KEPT.contains(tag)) {
          leaf(open[0], e, tag);
          return FilterResult.SKIP_ENTIRELY;
        }
        int i = add(e, open[0]);
        open[0] = i;
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element) {
          int i = open[0];
          end[i] = size;
          int p = parent[i];
          if (p >= 0) {
            String tag = ((Element) node).normalName();
            addChild(p, i, tag);
            if (size == i + 1 && !KEPT.contains(tag)) {
              // Nothing below it was numbered, so no decision reads it: give the number back.
              size = i;
              blockChild.clear(i);
            }
          }
          open[0] = p;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  /**
   * Return the number of elements numbered.
   *
   * @return the count; the indexes run from 0 to it
   */
  int size() {
    return size;
  }

  /**
   * Return the element of an index.
   *
   * @param i the index
   * @return the element
   */
  Element element(int i) {
    return elements[i];
  }

  /**
   * Tell whether an element has a block child.
   *
   * @param i the index
   * @return true if a block element sits below it
   */
  boolean blockChild(int i) {
    return blockChild.get(i);
  }

  /**
   * Take a dropped element's counts off its ancestors up to a stop.
   *
   * @param i the dropped element
   * @param stop the last ancestor to update
   */
  void subtract(int i, int stop) {
    for (int a = parent[i]; a >= 0; a = parent[a]) {
      text[a] -= text[i];
      link[a] -= link[i];
      commas[a] -= commas[i];
      paragraphs[a] -= paragraphs[i];
      images[a] -= images[i];
      items[a] -= items[i];
      if (a == stop) {
        break;
      }
    }
  }

  private int add(Element e, int p) {
    if (size == elements.length) {
      int n = size * 2;
      elements = Arrays.copyOf(elements, n);
      parent = Arrays.copyOf(parent, n);
      end = Arrays.copyOf(end, n);
      text = Arrays.copyOf(text, n);
      link = Arrays.copyOf(link, n);
      commas = Arrays.copyOf(commas, n);
      paragraphs = Arrays.copyOf(paragraphs, n);
      images = Arrays.copyOf(images, n);
      items = Arrays.copyOf(items, n);
      score = Arrays.copyOf(score, n);
    }
    int i = size++;
    elements[i] = e;
    parent[i] = p;
    end[i] = i + 1;
    text[i] = 0;
    link[i] = 0;
    commas[i] = 0;
    paragraphs[i] = 0;
    images[i] = 0;
    items[i] = 0;
    score[i] = Double.NaN;
    return i;
  }

  private void addText(int i, String t) {
    text[i] += BodyExtractor.visibleLength(t);
    commas[i] += BodyExtractor.commas(t);
  }

  /** Count an unnumbered leaf, which holds only text, in its parent. */
  private void leaf(int p, Element e, String tag) {
    int before = text[p];
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        addText(p, t.getWholeText());
      }
    }
    if (tag.equals("a")) {
      link[p] += text[p] - before;
    }
    count(p, tag);
  }

  /** Add a finished child's counts to its parent. */
  private void addChild(int p, int i, String tag) {
    if (tag.equals("a")) {
      link[i] = text[i];
    }
    count(p, tag);
    if (blockChild.get(i)) {
      blockChild.set(p);
    }
    text[p] += text[i];
    link[p] += link[i];
    commas[p] += commas[i];
    paragraphs[p] += paragraphs[i];
    images[p] += images[i];
    items[p] += items[i];
  }

  private void count(int p, String tag) {
    switch (tag) {
      case "p":
        paragraphs[p]++;
        break;
      case "img":
      case "picture":
        images[p]++;
        break;
      case "li":
        items[p]++;
        break;
      default:
        break;
    }
    if (BLOCK_CHILDREN.contains(tag)) {
      blockChild.set(p);
    }
  }
}
