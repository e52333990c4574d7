package io.github.casefile.model;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/** When an {@link Incident} happened: the words of the text and their EDTF value. */
@Value.Immutable
public abstract class IncidentDate implements Serializable {
  private static final long serialVersionUID = 1L;

  IncidentDate() {}

  /**
   * Return the EDTF value, resolved against the publication date where the expression is relative.
   *
   * @return the date, or empty when it cannot be resolved (a relative expression in an undated
   *     article)
   */
  public abstract Optional<Edtf> value();

  /**
   * Return the words of the text that state the date.
   *
   * @return such as {@code "Last month"}
   */
  public abstract String text();

  /**
   * Return where the text states the date.
   *
   * @return the span of {@link #text()}
   */
  public abstract Span span();

  /**
   * Start building an incident date.
   *
   * @return a new builder
   */
  public static ImmutableIncidentDate.Builder builder() {
    return ImmutableIncidentDate.builder();
  }
}
