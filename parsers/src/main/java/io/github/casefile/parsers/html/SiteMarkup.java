package io.github.casefile.parsers.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a site's own markup says about its article, for formats that know a family of sites (a
 * WordPress theme, a CMS). {@link HtmlReader} asks these first and falls back to its generic
 * extraction for whatever they leave empty. Implementations must be stateless and must not change
 * the document.
 */
public interface SiteMarkup {
  /** Markup that knows nothing: everything comes from the generic extraction. */
  SiteMarkup GENERIC = new SiteMarkup() {};

  /**
   * Return the element that holds the article's body; furniture inside it is still dropped.
   *
   * @param doc the page
   * @return the element, or empty to search the page
   */
  default Optional<Element> content(Document doc) {
    return Optional.empty();
  }

  /**
   * Return the article's headline as the site marks it.
   *
   * @param doc the page
   * @return the headline, or empty
   */
  default Optional<String> headline(Document doc) {
    return Optional.empty();
  }

  /**
   * Return the site's bylines, as written ("By Jane Doe and John Roe"); they are split into names.
   *
   * @param doc the page
   * @return the bylines, possibly none
   */
  default List<String> bylines(Document doc) {
    return List.of();
  }

  /**
   * Return the publication date as the site writes it (an ISO-8601 attribute or prose).
   *
   * @param doc the page
   * @return the date's text, or empty
   */
  default Optional<String> published(Document doc) {
    return Optional.empty();
  }
}
