package io.github.casefile.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that acts in the article: a ministry, a police force, a party department, a UN
 * body, an NGO, a news outlet.
 */
@Value.Immutable
public abstract class Agency implements Entity, Serializable {
  private static final long serialVersionUID = 1L;

  Agency() {}

  @Override
  public abstract String id();

  /**
   * Return the agency's name.
   *
   * @return such as {@code "Ministry of State Security"}
   */
  public abstract String name();

  /**
   * Return the acronym, where one is known or defined in the text.
   *
   * @return such as {@code "MSS"}, or empty
   */
  public abstract Optional<String> acronym();

  /**
   * Return what kind of agency it is.
   *
   * @return the kind
   */
  public abstract AgencyKind kind();

  /**
   * Return the state the agency belongs to.
   *
   * @return an ISO 3166-1 alpha-3 code, or empty for international bodies
   */
  public abstract Optional<String> country();

  /**
   * Return the knowledge-base id of the agency this one is part of.
   *
   * @return such as {@code "agency:prk-wpk"}, or empty
   */
  public abstract Optional<String> parent();

  @Override
  public abstract List<String> aliases();

  @Override
  public abstract Map<String, String> refs();

  @Override
  public abstract List<Span> mentions();

  /**
   * Start building an agency.
   *
   * @return a new builder
   */
  public static ImmutableAgency.Builder builder() {
    return ImmutableAgency.builder();
  }

  @Value.Check
  void check() {
    if (country().isPresent()) {
      Countries.requireAlpha3("agency", id(), "country", country().get());
    }
  }
}
