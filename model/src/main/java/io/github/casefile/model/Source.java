package io.github.casefile.model;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/** Where an {@link Article} came from. */
@Value.Immutable
public abstract class Source implements Serializable {
  private static final long serialVersionUID = 1L;

  Source() {}

  /**
   * Return the name of the source format that read the input, such as {@code "text"} or {@code
   * "html"}.
   *
   * @return the format name
   */
  public abstract String format();

  /**
   * Return where the input came from, as the caller named it (a path as typed, a URL, a WARC
   * record's target URI).
   *
   * @return the input's name, or empty when the caller gave none
   */
  public abstract Optional<String> uri();

  /**
   * Return the canonical URL the page declares.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> canonicalUrl();

  /**
   * Return the outlet that published the article, where the source or the caller states it.
   *
   * @return such as {@code "Daily NK"}, or empty
   */
  public abstract Optional<String> outlet();

  /**
   * Return when the input was captured, where it carries a capture time (a WARC record's date).
   *
   * @return the capture time, or empty
   */
  public abstract Optional<PartialDateTime> retrieved();

  /**
   * Start building a source.
   *
   * @return a new builder
   */
  public static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }
}
