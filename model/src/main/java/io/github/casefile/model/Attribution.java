package io.github.casefile.model;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whom the text credits for a report: "according to an inside source", "Human Rights Watch said".
 */
@Value.Immutable
public abstract class Attribution implements Serializable {
  private static final long serialVersionUID = 1L;

  Attribution() {}

  /**
   * Return the words of the text that name the source.
   *
   * @return such as {@code "an inside North Korean source"}
   */
  public abstract String text();

  /**
   * Return the id of the actor or agency of the same article that is the source.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> ref();

  /**
   * Start building an attribution.
   *
   * @return a new builder
   */
  public static ImmutableAttribution.Builder builder() {
    return ImmutableAttribution.builder();
  }
}
