package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The type of an {@link Incident}. Its JSON spelling is lower case with hyphens. */
public enum IncidentType {
  /** JSON "arrest". */
  ARREST,
  /** JSON "detention". */
  DETENTION,
  /** JSON "repatriation". */
  REPATRIATION,
  /** JSON "raid". */
  RAID,
  /** JSON "surveillance". */
  SURVEILLANCE,
  /** JSON "informant". */
  INFORMANT,
  /** JSON "bribery". */
  BRIBERY,
  /** JSON "crossing". */
  CROSSING,
  /** JSON "trafficking". */
  TRAFFICKING,
  /** JSON "punishment". */
  PUNISHMENT,
  /** JSON "execution". */
  EXECUTION,
  /** JSON "torture". */
  TORTURE,
  /** JSON "forced-labor". */
  FORCED_LABOR,
  /** JSON "death". */
  DEATH,
  /** JSON "disappearance". */
  DISAPPEARANCE,
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
  public static IncidentType fromWire(String value) {
    return WireEnum.fromWire(IncidentType.class, value);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
