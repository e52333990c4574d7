package io.github.casefile.parsers.internal;

import io.github.casefile.internal.ArticleIds;
import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import io.github.casefile.model.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Projects an article on what a format carries, for the renderers' {@code carried(Article)}.
 * Internal to the parsers module.
 *
 * <p>Always: warnings are cleared (the parser writes its own); authors are what {@link
 * Bylines#split} reads from each name, as every format here reads names through it; the id is
 * recomputed. Records (actors, incidents…) are kept while the text is unchanged and
 * cleared when it changes, since their spans would not index the new text.
 */
public final class Carried {
  /** A field a format may or may not carry. */
  public enum Field {
    /** The headline. */
    HEADLINE,
    /** The authors. */
    AUTHORS,
    /** The publication date. */
    PUBLISHED,
    /** The language. */
    LANGUAGE,
    /** The outlet. */
    OUTLET,
    /** The canonical URL. */
    CANONICAL_URL,
    /** The canonical URL replaces the input's name as the article's URI (feed items, posts). */
    CANONICAL_AS_URI,
    /**
     * Shortcodes are removed and paragraphs that {@link HtmlBlocks#isFurnitureText} drops are
     * dropped (HTML bodies).
     */
    HTML_FURNITURE_DROPPED
  }

  private Carried() {}

  /**
   * Return every field.
   *
   * @return a new mutable set of the fields, without the behaviours {@link
   *     Field#CANONICAL_AS_URI} and {@link Field#HTML_FURNITURE_DROPPED}
   */
  public static Set<Field> all() {
    Set<Field> fields = EnumSet.allOf(Field.class);
    fields.remove(Field.HTML_FURNITURE_DROPPED);
    fields.remove(Field.CANONICAL_AS_URI);
    return fields;
  }

  /**
   * Return the fields of a post whose body is HTML and whose link names it: every field, with
   * furniture dropped from the body and the canonical URL as the article's URI (feed items,
   * WordPress REST posts).
   *
   * @return a new mutable set of the fields
   */
  public static Set<Field> htmlPost() {
    Set<Field> fields = all();
    fields.add(Field.HTML_FURNITURE_DROPPED);
    fields.add(Field.CANONICAL_AS_URI);
    return fields;
  }

  /**
   * Project an article.
   *
   * @param article the article
   * @param fields the fields the format carries
   * @return the projected article
   */
  public static Article project(Article article, Set<Field> fields) {
    List<String> paragraphs = new ArrayList<>();
    boolean html = fields.contains(Field.HTML_FURNITURE_DROPPED);
    for (String paragraph : article.paragraphs()) {
      String kept = html ? HtmlBlocks.stripShortcodes(paragraph) : paragraph;
      if (!kept.isEmpty() && !(html && HtmlBlocks.isFurnitureText(kept))) {
        paragraphs.add(kept);
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs = article.paragraphs();
    }
    Optional<String> headline = fields.contains(Field.HEADLINE)
        ? article.headline().map(Paragraphs::normalize).filter(h -> !h.isEmpty())
        : Optional.empty();
    List<String> authors = fields.contains(Field.AUTHORS)
        ? Bylines.splitAll(article.authors()) : List.of();
    Optional<String> canonical = fields.contains(Field.CANONICAL_URL)
        ? article.source().canonicalUrl() : Optional.empty();
    Source source = Source.builder().from(article.source())
        .canonicalUrl(canonical)
        .uri(canonical.isPresent() && fields.contains(Field.CANONICAL_AS_URI) ? canonical
            : article.source().uri())
        .outlet(fields.contains(Field.OUTLET) ? article.source().outlet() : Optional.empty())
        .build();
    var builder = Article.builder().from(article)
        .source(source)
        .headline(headline)
        .authors(authors)
        .published(fields.contains(Field.PUBLISHED) ? article.published() : Optional.empty())
        .language(fields.contains(Field.LANGUAGE) ? article.language() : Optional.empty())
        .paragraphs(paragraphs)
        .warnings(List.of());
    if (!paragraphs.equals(article.paragraphs())) {
      builder.actors(List.of()).agencies(List.of()).legalInstruments(List.of())
          .incidents(List.of());
    }
    String text = String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    builder.id(ArticleIds.of(canonical.orElse(null), headline.orElse(null),
        fields.contains(Field.PUBLISHED) ? article.published().map(Object::toString).orElse(null)
            : null, text));
    return builder.build();
  }
}
