package io.github.casefile.spi;

import io.github.casefile.model.PartialDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link SourceFormat} reads out of an input, before Casefile normalises the paragraphs,
 * gives the article its id and extracts its records. Paragraphs may still hold raw white space;
 * empty ones are dropped.
 */
@Value.Immutable
public abstract class ArticleDraft {
  ArticleDraft() {}

  /**
   * Return the headline.
   *
   * @return the headline, or empty
   */
  public abstract Optional<String> headline();

  /**
   * Return the authors' names.
   *
   * @return the names in byline order
   */
  public abstract List<String> authors();

  /**
   * Return when the article was published.
   *
   * @return the date or date-time, or empty
   */
  public abstract Optional<PartialDateTime> published();

  /**
   * Return the language the source states.
   *
   * @return a BCP 47 tag, or empty
   */
  public abstract Optional<String> language();

  /**
   * Return the outlet the source states.
   *
   * @return the outlet, or empty
   */
  public abstract Optional<String> outlet();

  /**
   * Return the canonical URL the source declares.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> canonicalUrl();

  /**
   * Return a URI for this article that replaces the input's name, such as a feed item's link.
   *
   * @return the URI, or empty to keep the input's name
   */
  public abstract Optional<String> uri();

  /**
   * Return the body's paragraphs in order.
   *
   * @return the paragraphs
   */
  public abstract List<String> paragraphs();

  /**
   * Return what the format could not read, as plain sentences that quote it.
   *
   * @return the warnings
   */
  public abstract List<String> warnings();

  /**
   * Start building a draft.
   *
   * @return a builder
   */
  public static ImmutableArticleDraft.Builder builder() {
    return ImmutableArticleDraft.builder();
  }
}
