package io.github.casefile;

import io.github.casefile.model.PartialDateTime;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the caller knows about an input that the bytes may not say: its name, its format, its
 * media type and charset (from HTTP headers), the outlet and language, the capture time.
 */
@Value.Immutable
public abstract class SourceHint implements Serializable {
  private static final long serialVersionUID = 1L;

  SourceHint() {}

  /**
   * Return the input's name as the caller names it (a path as typed, a URL); it becomes {@code
   * source.uri}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> uri();

  /**
   * Return the format to use instead of detecting one, such as {@code "html"}.
   *
   * @return the format name, or empty to detect
   */
  public abstract Optional<String> format();

  /**
   * Return the media type declared for the input, such as {@code "text/html"}.
   *
   * @return the media type, or empty
   */
  public abstract Optional<String> mediaType();

  /**
   * Return the charset declared outside the content (an HTTP header).
   *
   * @return the charset name, or empty
   */
  public abstract Optional<String> charset();

  /**
   * Return the outlet, when the caller knows it.
   *
   * @return such as {@code "Daily NK"}, or empty
   */
  public abstract Optional<String> outlet();

  /**
   * Return the language, when the caller knows it.
   *
   * @return a BCP 47 tag, or empty
   */
  public abstract Optional<String> language();

  /**
   * Return when the input was captured.
   *
   * @return the capture time, or empty
   */
  public abstract Optional<PartialDateTime> retrieved();

  /**
   * Return a hint that says nothing.
   *
   * @return the empty hint
   */
  public static SourceHint none() {
    return ImmutableSourceHint.builder().build();
  }

  /**
   * Return a hint that names the input.
   *
   * @param uri the input's name
   * @return the hint
   */
  public static SourceHint named(String uri) {
    return ImmutableSourceHint.builder().uri(uri).build();
  }

  /**
   * Start building a hint.
   *
   * @return a builder
   */
  public static ImmutableSourceHint.Builder builder() {
    return ImmutableSourceHint.builder();
  }
}
