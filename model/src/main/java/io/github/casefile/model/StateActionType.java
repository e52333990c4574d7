package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a state did with a {@link LegalInstrument}, as the text states it. Its JSON spelling is lower case with hyphens. */
public enum StateActionType {
  /** JSON "signed". */
  SIGNED,
  /** JSON "ratified". */
  RATIFIED,
  /** JSON "acceded". */
  ACCEDED,
  /** JSON "adopted". */
  ADOPTED,
  /** JSON "invoked". */
  INVOKED,
  /** JSON "violated". */
  VIOLATED;

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
  public static StateActionType fromWire(String value) {
    return WireEnum.fromWire(StateActionType.class, value);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
