package io.github.casefile.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event or practice the article reports: an arrest, a raid, a repatriation, rewards for
 * informants; with when, where, who did it, to whom, on whose word, and the sentence that states
 * it.
 */
@Value.Immutable
public abstract class Incident implements Serializable {
  private static final long serialVersionUID = 1L;

  Incident() {}

  /**
   * Return the incident's id, {@code incident:1}, {@code incident:2}… in the order of the evidence.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Return what happened.
   *
   * @return the type
   */
  public abstract IncidentType type();

  /**
   * Tell whether this is one dated or located event rather than a practice or pattern.
   *
   * @return true for a specific event
   */
  public abstract boolean specific();

  /**
   * Return when it happened.
   *
   * @return the date, or empty when the text gives none
   */
  public abstract Optional<IncidentDate> date();

  /**
   * Return where it happened.
   *
   * @return the location, or empty when the text gives none
   */
  public abstract Optional<Location> location();

  /**
   * Return the ids of the agencies or actors of the same article that did it.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> perpetrators();

  /**
   * Return whom it happened to.
   *
   * @return the victims, possibly empty
   */
  public abstract List<Victim> victims();

  /**
   * Return whom the text credits for the report.
   *
   * @return the attributions, possibly empty
   */
  public abstract List<Attribution> sources();

  /**
   * Return the ids of the legal instruments of the same article that the text ties to it.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> instruments();

  /**
   * Return the span of the sentence, or consecutive sentences, that state the incident.
   *
   * @return the evidence span
   */
  public abstract Span evidence();

  /**
   * Start building an incident.
   *
   * @return a new builder
   */
  public static ImmutableIncident.Builder builder() {
    return ImmutableIncident.builder();
  }
}
