package io.github.casefile.model;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A person or a group of people the article reports on: a defector, an official, brokers. */
@Value.Immutable
public abstract class Actor implements Entity, Serializable {
  private static final long serialVersionUID = 1L;

  Actor() {}

  @Override
  public abstract String id();

  /**
   * Return the name the article uses most fully.
   *
   * @return such as {@code "Kim Jong Un"}
   */
  public abstract String name();

  /**
   * Return whether this is one person or a group.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * Return the actor's country.
   *
   * @return an ISO 3166-1 alpha-3 code, or empty
   */
  public abstract Optional<String> country();

  @Override
  public abstract List<String> aliases();

  @Override
  public abstract Map<String, String> refs();

  @Override
  public abstract List<Span> mentions();

  /**
   * Start building an actor.
   *
   * @return a new builder
   */
  public static ImmutableActor.Builder builder() {
    return ImmutableActor.builder();
  }

  @Value.Check
  void check() {
    if (country().isPresent()) {
      Countries.requireAlpha3("actor", id(), "country", country().get());
    }
  }
}
