package io.github.casefile.model;

import java.io.Serializable;
import java.util.List;
import org.immutables.value.Value;

/** Where an {@link Incident} happened: the words of the text and the countries they name. */
@Value.Immutable
public abstract class Location implements Serializable {
  private static final long serialVersionUID = 1L;

  Location() {}

  /**
   * Return the words of the text that state the place.
   *
   * @return such as {@code "near the Laos-China border"}
   */
  public abstract String text();

  /**
   * Return the countries the place lies in or on the border of.
   *
   * @return ISO 3166-1 alpha-3 codes, possibly empty
   */
  public abstract List<String> countries();

  /**
   * Return where the text states the place.
   *
   * @return the span of {@link #text()}
   */
  public abstract Span span();

  /**
   * Start building a location.
   *
   * @return a new builder
   */
  public static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }

  @Value.Check
  void check() {
    Countries.requireAlpha3("location", null, "countries", countries());
  }
}
