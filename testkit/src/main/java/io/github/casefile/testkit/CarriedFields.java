package io.github.casefile.testkit;

import io.github.casefile.model.Article;
import io.github.casefile.model.PartialDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The fields of an article that a source format can carry and that round trips compare: headline,
 * authors, published, paragraphs, canonical URL, outlet and language. Ids, the source's format, uri
 * and capture time, warnings and the extracted records are not compared: a renderer's output does
 * not carry them (the id follows from the compared fields).
 *
 * @param headline the headline
 * @param authors the authors
 * @param published the publication date
 * @param paragraphs the paragraphs
 * @param canonicalUrl the canonical URL
 * @param outlet the outlet
 * @param language the language
 */
public record CarriedFields(Optional<String> headline, List<String> authors,
    Optional<PartialDateTime> published, List<String> paragraphs, Optional<String> canonicalUrl,
    Optional<String> outlet, Optional<String> language) {

  /**
   * Project an article on the compared fields.
   *
   * @param article the article
   * @return its carried fields
   */
  public static CarriedFields of(Article article) {
    return new CarriedFields(article.headline(), article.authors(), article.published(),
        article.paragraphs(), article.source().canonicalUrl(), article.source().outlet(),
        article.language());
  }
}
