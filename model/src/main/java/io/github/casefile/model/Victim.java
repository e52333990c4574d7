package io.github.casefile.model;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/** Who an {@link Incident} happened to, and how many. */
@Value.Immutable
public abstract class Victim implements Serializable {
  private static final long serialVersionUID = 1L;

  Victim() {}

  /**
   * Return the id of the {@link Actor} of the same article that the victims are.
   *
   * @return the actor id, or empty
   */
  public abstract Optional<String> ref();

  /**
   * Return how the text describes the victims.
   *
   * @return such as {@code "defectors"}
   */
  public abstract String description();

  /**
   * Return how many the text says there were.
   *
   * @return the count, at least 0, or empty when the text gives none
   */
  public abstract Optional<Long> count();

  /**
   * Start building a victim.
   *
   * @return a new builder
   */
  public static ImmutableVictim.Builder builder() {
    return ImmutableVictim.builder();
  }

  @Value.Check
  void check() {
    count().ifPresent(n -> {
      if (n < 0) {
        throw new IllegalStateException("victim count " + n + " must not be negative");
      }
    });
  }
}
