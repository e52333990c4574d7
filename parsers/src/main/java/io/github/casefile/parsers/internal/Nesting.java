package io.github.casefile.parsers.internal;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Tells whether jsoup flattened a document at {@code Limits.maxNestingDepth}: a parser with a
 * maximum depth keeps the text of deeper elements but stops nesting them, so the article survives
 * and only its structure below the limit is lost, which the article's warnings then say.
 */
public final class Nesting {
  private Nesting() {}

  /**
   * Return a warning when the document reaches the nesting limit it was parsed with. The walk is
   * iterative, so it cannot overflow the stack.
   *
   * @param document the parsed document
   * @param maxDepth the depth the parser was limited to
   * @return the warning, or empty when the document stays below the limit
   */
  public static Optional<String> flattened(Document document, int maxDepth) {
    int[] deepest = {0};
    document.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element && depth > deepest[0]) {
          deepest[0] = depth;
        }
      }
    });
    // jsoup counts its open-element stack from the document; the tree depth stops a level short.
    if (deepest[0] < maxDepth - 1) {
      return Optional.empty();
    }
    return Optional.of("The markup nests deeper than " + maxDepth
        + " elements (limit maxNestingDepth); deeper elements were flattened and their text kept.");
  }
}
