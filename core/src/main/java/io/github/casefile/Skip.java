package io.github.casefile;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of an archive entry that holds no article and was deliberately not parsed: an image,
 * robots.txt, a redirect, a media type that is not HTML or text, a request or metadata record. A
 * run's summary counts skips by {@link #reason()}. In JSON: {@code {input, format, reason,
 * detail}}.
 */
@Value.Immutable
public abstract class Skip implements Serializable {
  private static final long serialVersionUID = 1L;

  Skip() {}

  /**
   * Return the entry's name.
   *
   * @return such as a WARC record's target URI
   */
  public abstract String input();

  /**
   * Return the archive format that read the entry.
   *
   * @return such as {@code "warc"}, or empty when the entry came from the caller
   */
  public abstract Optional<String> format();

  /**
   * Return why the entry holds no article: a short, stable phrase to count by.
   *
   * @return such as {@code "image"}, {@code "redirect"} or {@code "request record"}
   */
  public abstract String reason();

  /**
   * Return what was seen.
   *
   * @return such as {@code "image/png"} or {@code "HTTP 301 to https://example.org/"}, or empty
   */
  public abstract Optional<String> detail();

  /**
   * Make a skip record.
   *
   * @param input the entry's name
   * @param format the archive format, or null
   * @param reason the short reason
   * @param detail what was seen, or null
   * @return the record
   * @throws NullPointerException if {@code input} or {@code reason} is null
   */
  public static Skip of(String input, String format, String reason, String detail) {
    return ImmutableSkip.builder()
        .input(input)
        .format(Optional.ofNullable(format))
        .reason(reason)
        .detail(Optional.ofNullable(detail))
        .build();
  }
}
