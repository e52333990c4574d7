package io.github.casefile.testkit;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs QuickTheories properties the Casefile way: at least {@value #DEFAULT_TRIES} tries unless
 * {@code -Dcasefile.tries=N} says otherwise, a seed from {@code -Dcasefile.seed=S} or else a fresh
 * random one (a seed derived from the property's name on CI, where {@code CI} is set), one line per property on standard output naming its tries and seed, and a failure
 * message that starts with the seed and the command-line flag that reruns it.
 *
 * <pre>{@code
 * PropertyCheck.forAll("json round trip", ModelGenerators.articles(), a ->
 *     assertEquals(a, CasefileJson.fromJson(CasefileJson.toJson(a))));
 * }</pre>
 *
 * <p>QuickTheories shrinks a failing value before reporting it; the run with the same seed and
 * tries generates the same values, so a failure reproduces exactly.
 */
public final class PropertyCheck {
  /** The tries of a property unless {@value #TRIES_PROPERTY} says otherwise. */
  public static final int DEFAULT_TRIES = 200;

  /** The system property that sets the number of tries. */
  public static final String TRIES_PROPERTY = "casefile.tries";

  /** The system property that fixes the seed. */
  public static final String SEED_PROPERTY = "casefile.seed";

  /** The system property that bounds the shrinking of a failing value. */
  public static final String SHRINKS_PROPERTY = "casefile.shrinks";

  // Shrinking an article through a parser is costly; a few hundred cycles find a small example.
  private static final int DEFAULT_SHRINKS = 500;

  private static final SecureRandom SEEDS = new SecureRandom();

  private PropertyCheck() {}

  private static long stableSeed(String name) {
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    return h;
  }

  /**
   * Return the number of tries a property runs.
   *
   * @return {@code -Dcasefile.tries} when set, else {@value #DEFAULT_TRIES}
   * @throws IllegalArgumentException if the property is set but not a positive integer
   */
  public static int tries() {
    return positive(TRIES_PROPERTY, DEFAULT_TRIES);
  }

  /**
   * Return the seed for the next property.
   *
   * @return {@code -Dcasefile.seed} when set, else a fresh random seed
   * @throws IllegalArgumentException if the property is set but not a long
   */
  public static long seed() {
    return seed(null);
  }

  /**
   * Return the seed for a property: {@code -Dcasefile.seed} when set; else, on a continuous
   * integration machine (environment variable {@code CI} set), a seed derived from the property's
   * name, so that CI runs are reproducible; else a fresh random seed, so that developers' runs
   * keep exploring.
   *
   * @param name the property's name, or null
   * @return the seed
   * @throws IllegalArgumentException if the property is set but not a long
   */
  public static long seed(String name) {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      String ci = System.getenv("CI");
      if (name != null && ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
        return stableSeed(name);
      }
      return SEEDS.nextLong();
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SEED_PROPERTY + "=" + value + " is not a long", e);
    }
  }

  /**
   * Check a property on {@link #tries()} generated values with the seed of {@link #seed(String)}.
   *
   * @param name the property's name, for the log line and the failure message
   * @param values the generator of values
   * @param property throws (an {@link AssertionError} or any exception) when a value falsifies
   *     the property
   * @param <T> the type of value
   * @throws AssertionError if a value falsifies the property; the message names the seed
   */
  public static <T> void forAll(String name, Gen<T> values, Consumer<T> property) {
    forAll(name, tries(), seed(name), values, property);
  }

  /**
   * Check a property with explicit tries and seed; {@link #forAll(String, Gen, Consumer)} is the
   * usual entry point.
   *
   * @param name the property's name
   * @param tries how many values to try, at least 1
   * @param seed the seed of the generator
   * @param values the generator of values
   * @param property throws when a value falsifies the property
   * @param <T> the type of value
   * @throws AssertionError if a value falsifies the property; the message names the seed
   * @throws IllegalArgumentException if {@code tries} is below 1
   */
  public static <T> void forAll(String name, int tries, long seed, Gen<T> values,
      Consumer<T> property) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(property, "property");
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, not " + tries);
    }
    System.out.println(logLine(name, tries, seed));
    try {
      QuickTheory.qt()
          .withFixedSeed(seed)
          .withExamples(tries)
          .withShrinkCycles(positive(SHRINKS_PROPERTY, DEFAULT_SHRINKS))
          .forAll(values)
          .checkAssert(property);
    } catch (AssertionError e) {
      throw new AssertionError("property " + name + " failed with seed " + seed + " (rerun: -D"
          + SEED_PROPERTY + "=" + seed + " -D" + TRIES_PROPERTY + "=" + tries + ")\n"
          + e.getMessage(), e);
    }
  }

  /**
   * Return the line logged when a property starts.
   *
   * @param name the property's name
   * @param tries its tries
   * @param seed its seed
   * @return {@code property NAME: N tries, seed S (rerun: -Dcasefile.seed=S)}
   */
  public static String logLine(String name, int tries, long seed) {
    return "property " + name + ": " + tries + " tries, seed " + seed + " (rerun: -D"
        + SEED_PROPERTY + "=" + seed + ")";
  }

  private static int positive(String key, int fallback) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the property's name
    }
    throw new IllegalArgumentException("-D" + key + "=" + value + " is not a positive integer");
  }
}
