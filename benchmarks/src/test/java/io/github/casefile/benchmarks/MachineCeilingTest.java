package io.github.casefile.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineCeilingTest {
  @Test
  void theArithmeticMovesTheStateAndNeverReachesZero() {
    MachineCeiling.Seed seed = new MachineCeiling.Seed();
    long first = new MachineCeiling().arithmetic(seed);
    long second = new MachineCeiling().arithmetic(seed);
    assertThat(first).isNotZero().isNotEqualTo(second);
    assertThat(seed.state).isEqualTo(second);
  }
}
