package io.github.casefile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of an {@link Agency}. Its JSON spelling is lower case with hyphens. */
public enum AgencyKind {
  /** JSON "state-security". */
  STATE_SECURITY,
  /** JSON "police". */
  POLICE,
  /** JSON "border-guard". */
  BORDER_GUARD,
  /** JSON "military". */
  MILITARY,
  /** JSON "ministry". */
  MINISTRY,
  /** JSON "government". */
  GOVERNMENT,
  /** JSON "party". */
  PARTY,
  /** JSON "court". */
  COURT,
  /** JSON "legislature". */
  LEGISLATURE,
  /** JSON "intergovernmental". */
  INTERGOVERNMENTAL,
  /** JSON "ngo". */
  NGO,
  /** JSON "media". */
  MEDIA,
  /** JSON "company". */
  COMPANY,
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
  public static AgencyKind fromWire(String value) {
    return WireEnum.fromWire(AgencyKind.class, value);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
