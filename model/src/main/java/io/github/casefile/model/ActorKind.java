package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of an {@link Actor}. Its JSON spelling is lower case with hyphens. */
public enum ActorKind {
  /** JSON "person". */
  PERSON,
  /** JSON "group". */
  GROUP;

  /**
   * Return the JSON spelling of this constant.
   *
   * @return the lower-case, hyphenated name
   */
  @JsonValue
  public String wireName() {
    return WireEnum.wireName(this);
  }

  /**
   * Return the constant with the given JSON spelling.
   *
   * @param value the lower-case, hyphenated name
   * @return the constant
   * @throws IllegalArgumentException if no constant is spelled {@code value}
   */
  @JsonCreator
  public static ActorKind fromWire(String value) {
    return WireEnum.fromWire(ActorKind.class, value);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
