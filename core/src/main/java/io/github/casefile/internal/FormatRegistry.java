package io.github.casefile.internal;

import io.github.casefile.UnsupportedFormatException;
import io.github.casefile.spi.SourceFormat;
import io.github.casefile.spi.SourceInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The source formats of one {@code Casefile}, in a fixed order: formats from outside Casefile first
 * (so a user's format beats a built-in one on a tie), then the built-ins in their registration
 * order. A user's format with a built-in's name replaces it.
 */
public final class FormatRegistry {
  private static final String BUILT_IN_PREFIX = "io.github.casefile.";

  private final List<SourceFormat> formats;

  private FormatRegistry(List<SourceFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /**
   * Load every format registered with {@link ServiceLoader} in a class loader.
   *
   * @param loader the class loader to search
   * @return the registry
   * @throws IllegalStateException if a registered format cannot be loaded
   */
  public static FormatRegistry load(ClassLoader loader) {
    List<SourceFormat> found = new ArrayList<>();
    try {
      for (SourceFormat format : ServiceLoader.load(SourceFormat.class, loader)) {
        found.add(format);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a registered source format cannot be loaded", e);
    }
    return of(found);
  }

  /**
   * Make a registry of the given formats, ordered and deduplicated by name as described above.
   *
   * @param candidates the formats
   * @return the registry
   */
  public static FormatRegistry of(List<SourceFormat> candidates) {
    Map<String, SourceFormat> byName = new LinkedHashMap<>();
    for (SourceFormat format : candidates) {
      if (!isBuiltIn(format)) {
        byName.putIfAbsent(format.name(), format);
      }
    }
    for (SourceFormat format : candidates) {
      byName.putIfAbsent(format.name(), format);
    }
    return new FormatRegistry(new ArrayList<>(byName.values()));
  }

  /**
   * Tell whether a format ships with Casefile.
   *
   * @param format the format
   * @return true for Casefile's own formats
   */
  public static boolean isBuiltIn(SourceFormat format) {
    return format.getClass().getName().startsWith(BUILT_IN_PREFIX);
  }

  /**
   * Return the formats in order.
   *
   * @return the formats
   */
  public List<SourceFormat> formats() {
    return formats;
  }

  /**
   * Find a format by name.
   *
   * @param name the format's name
   * @return the format, or empty
   */
  public Optional<SourceFormat> named(String name) {
    return formats.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Choose the format for an input: the one the hint names, else the most confident detector.
   *
   * @param input the input
   * @return the format
   * @throws UnsupportedFormatException if the hint names an unknown format or no format
   *     recognises the input
   */
  public SourceFormat choose(SourceInput input) {
    String input0 = input.name().orElse(null);
    Optional<String> wanted = input.hint().format().filter(f -> !f.equals("auto"));
    if (wanted.isPresent()) {
      return named(wanted.get()).orElseThrow(() -> new UnsupportedFormatException(input0,
          "there is no source format named '" + wanted.get() + "'; known: " + names()));
    }
    SourceFormat best = null;
    int bestScore = 0;
    for (SourceFormat format : formats) {
      int score;
      try {
        score = format.detect(input);
      } catch (RuntimeException e) {
        // A detector that fails on odd input simply does not claim it.
        score = 0;
      }
      if (score > bestScore) {
        best = format;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new UnsupportedFormatException(input0, "no source format recognises it ("
          + InputDescription.of(input) + "); known formats: " + names());
    }
    return best;
  }

  private String names() {
    List<String> names = new ArrayList<>();
    formats.forEach(f -> names.add(f.name()));
    return String.join(", ", names);
  }
}
