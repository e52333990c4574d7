package io.github.casefile.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What two threads can do on this machine at best: a fixed amount of integer arithmetic per
 * operation, with no allocation, no memory traffic beyond registers and no shared state. Its
 * 2-thread / 1-thread ratio is the ceiling any benchmark's scaling can reach here (two virtual
 * CPUs that share a physical core, or a host that throttles the second one, show below 2); the
 * scaling of the page benchmarks is read against it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MachineCeiling {
  private static final int ROUNDS = 1 << 20;

  /** Each thread's own generator state, so that threads share nothing. */
  @State(Scope.Thread)
  public static class Seed {
    /** The xorshift state; never zero. */
    public long state = 0x9E3779B97F4A7C15L;
  }

  /**
   * Run a million rounds of xorshift over one thread's state.
   *
   * @param seed the thread's state
   * @return the last value, so that the work cannot be dropped
   */
  @Benchmark
  public long arithmetic(Seed seed) {
    long x = seed.state;
    for (int i = 0; i < ROUNDS; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    seed.state = x;
    return x;
  }
}
