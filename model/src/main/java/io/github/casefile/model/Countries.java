package io.github.casefile.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes, as the JDK knows them. */
public final class Countries {
  private static final Set<String> ALPHA3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private Countries() {}

  /**
   * Tell whether a string is an assigned ISO 3166-1 alpha-3 code.
   *
   * @param code the candidate, such as {@code "PRK"}
   * @return true for an upper-case assigned code
   */
  public static boolean isAlpha3(String code) {
    return code != null && ALPHA3.contains(code);
  }

  /**
   * Check a record's country code. The field's name ({@code "agency KCNA country"}) is built only
   * for the message: every record is checked when built, and nearly all codes are valid.
   *
   * @param owner the record's kind, such as {@code "agency"}
   * @param id the record's id, or null for a record without one
   * @param field the field
   * @param code the code to check
   */
  static void requireAlpha3(String owner, String id, String field, String code) {
    if (!isAlpha3(code)) {
      throw notAlpha3(name(owner, id, field), code);
    }
  }

  /** Check every code of a list field, as {@link #requireAlpha3(String, String, String, String)}. */
  static void requireAlpha3(String owner, String id, String field, Iterable<String> codes) {
    int i = 0;
    for (String code : codes) {
      if (!isAlpha3(code)) {
        throw notAlpha3(name(owner, id, field) + "[" + i + "]", code);
      }
      i++;
    }
  }

  private static String name(String owner, String id, String field) {
    return id == null ? owner + " " + field : owner + " " + id + " " + field;
  }

  private static IllegalStateException notAlpha3(String field, String code) {
    return new IllegalStateException(
        field + ": '" + code + "' is not an ISO 3166-1 alpha-3 country code");
  }
}
