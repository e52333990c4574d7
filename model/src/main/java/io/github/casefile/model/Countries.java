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

  static void requireAlpha3(String field, String code) {
    if (!isAlpha3(code)) {
      throw notAlpha3(field, code);
    }
  }

  /**
   * Check a record's country code. The field's name, {@code owner + " " + id + " " + field}, is
   * only built for the message: every built record is checked, and most have a valid code.
   */
  static void requireAlpha3(String owner, String id, String field, String code) {
    if (!isAlpha3(code)) {
      throw notAlpha3(owner + " " + id + " " + field, code);
    }
  }

  static void requireAlpha3(String field, Iterable<String> codes) {
    int i = 0;
    for (String code : codes) {
      if (!isAlpha3(code)) {
        throw notAlpha3(field + "[" + i + "]", code); // named only when it fails
      }
      i++;
    }
  }

  static void requireAlpha3(String owner, String id, String field, Iterable<String> codes) {
    int i = 0;
    for (String code : codes) {
      if (!isAlpha3(code)) {
        throw notAlpha3(owner + " " + id + " " + field + "[" + i + "]", code);
      }
      i++;
    }
  }

  private static IllegalStateException notAlpha3(String field, String code) {
    return new IllegalStateException(
        field + ": '" + code + "' is not an ISO 3166-1 alpha-3 country code");
  }
}
