package io.github.casefile.model;

import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the text says a state did with a {@link LegalInstrument}: "China ratified the Convention
 * against Torture on October 4, 1988".
 */
@Value.Immutable
public abstract class StateAction implements Serializable {
  private static final long serialVersionUID = 1L;

  StateAction() {}

  /**
   * Return the state that acted.
   *
   * @return an ISO 3166-1 alpha-3 code
   */
  public abstract String state();

  /**
   * Return what the state did, as the text states it.
   *
   * @return the action
   */
  public abstract StateActionType action();

  /**
   * Return when, at the precision the text gives.
   *
   * @return the date, or empty when the text gives none
   */
  public abstract Optional<Edtf> date();

  /**
   * Return the span of the text that states the action.
   *
   * @return the span
   */
  public abstract Span span();

  /**
   * Start building a state action.
   *
   * @return a new builder
   */
  public static ImmutableStateAction.Builder builder() {
    return ImmutableStateAction.builder();
  }

  @Value.Check
  void check() {
    Countries.requireAlpha3("action", null, "state", state());
  }
}
