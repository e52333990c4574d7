package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PropertyCheckTest {
  @Test
  void runsTheDefaultNumberOfTries() {
    List<Integer> seen = new ArrayList<>();
    PropertyCheck.forAll("counting", Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE),
        n -> seen.add(1));
    int tries = PropertyCheck.tries();
    assertThat(tries).isGreaterThanOrEqualTo(PropertyCheck.DEFAULT_TRIES);
    // QuickTheories skips a value it has already tried: its boundary values may repeat.
    assertThat(seen).hasSizeBetween(tries - 5, tries);
  }

  @Test
  void theSameSeedGeneratesTheSameValues() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    PropertyCheck.forAll("first", 50, 42L, Generate.range(0, 1_000_000), first::add);
    PropertyCheck.forAll("second", 50, 42L, Generate.range(0, 1_000_000), second::add);
    assertThat(first).isEqualTo(second).hasSizeGreaterThan(40);
  }

  @Test
  void aFailureNamesTheSeedAndHowToRerunIt() {
    assertThatThrownBy(() -> PropertyCheck.forAll("always below 10", 200, 1234L,
        Generate.range(0, 100), n -> {
          if (n >= 10) {
            throw new AssertionError(n + " is not below 10");
          }
        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("property always below 10 failed with seed 1234")
        .hasMessageContaining("-Dcasefile.seed=1234");
  }

  @Test
  void aFailureShrinksTheValue() {
    assertThatThrownBy(() -> PropertyCheck.forAll("below 10", 200, 99L,
        Generate.range(0, 100_000), n -> {
          if (n >= 10) {
            throw new AssertionError("too big");
          }
        }))
        .hasMessageContaining("Smallest found falsifying value(s) :-\n10");
  }

  @Test
  void aThrownExceptionFailsTheProperty() {
    assertThatThrownBy(() -> PropertyCheck.forAll("never throws", 10, 7L,
        Generate.range(0, 10), n -> {
          throw new IllegalStateException("boom");
        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 7")
        .hasMessageContaining("boom");
  }

  @Test
  void theLogLineNamesTriesAndSeed() {
    assertThat(PropertyCheck.logLine("json round trip", 200, -5L))
        .isEqualTo("property json round trip: 200 tries, seed -5 (rerun: -Dcasefile.seed=-5)");
  }

  @Test
  void rejectsANonPositiveTryCount() {
    assertThatThrownBy(() -> PropertyCheck.forAll("none", 0, 1L, Generate.range(0, 1), n -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
