package io.github.casefile.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A treaty, agreement, resolution, report or law the article cites, with the provisions it cites and
 * the actions of states it states.
 */
@Value.Immutable
public abstract class LegalInstrument implements Entity, Serializable {
  private static final long serialVersionUID = 1L;

  LegalInstrument() {}

  @Override
  public abstract String id();

  /**
   * Return the instrument's title.
   *
   * @return such as {@code "Convention relating to the Status of Refugees"}
   */
  public abstract String title();

  /**
   * Return what kind of instrument it is.
   *
   * @return the kind
   */
  public abstract InstrumentKind kind();

  /**
   * Return the year it was adopted or concluded.
   *
   * @return the year, or empty
   */
  public abstract Optional<Integer> year();

  /**
   * Return the states party to it, as far as the article or the knowledge base says.
   *
   * @return ISO 3166-1 alpha-3 codes, possibly empty
   */
  public abstract List<String> parties();

  /**
   * Return the provisions the text cites.
   *
   * @return the provisions in text order, possibly empty
   */
  public abstract List<Provision> provisions();

  /**
   * Return the actions of states the text states.
   *
   * @return the actions in text order, possibly empty
   */
  public abstract List<StateAction> actions();

  @Override
  public abstract List<String> aliases();

  @Override
  public abstract Map<String, String> refs();

  @Override
  public abstract List<Span> mentions();

  /**
   * Start building a legal instrument.
   *
   * @return a new builder
   */
  public static ImmutableLegalInstrument.Builder builder() {
    return ImmutableLegalInstrument.builder();
  }

  @Value.Check
  void check() {
    Countries.requireAlpha3("instrument", id(), "parties", parties());
  }
}
