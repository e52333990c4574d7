package io.github.casefile.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps enum constants to and from their JSON spelling: lower case, words joined by hyphens. */
final class WireEnum {
  private WireEnum() {}

  static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E fromWire(Class<E> type, String value) {
    if (value != null) {
      for (E constant : type.getEnumConstants()) {
        if (wireName(constant).equals(value)) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException(
        "'" + value + "' is not a " + type.getSimpleName() + "; expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(WireEnum::wireName)
                .collect(Collectors.joining(", ")));
  }
}
