package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a {@link LegalInstrument}. Its JSON spelling is lower case with hyphens. */
public enum InstrumentKind {
  /** JSON "treaty". */
  TREATY,
  /** JSON "bilateral-agreement". */
  BILATERAL_AGREEMENT,
  /** JSON "resolution". */
  RESOLUTION,
  /** JSON "report". */
  REPORT,
  /** JSON "domestic-law". */
  DOMESTIC_LAW,
  /** JSON "other". */
  OTHER;

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
  public static InstrumentKind fromWire(String value) {
    return WireEnum.fromWire(InstrumentKind.class, value);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
