package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  @Test
  void resultsArriveInItemOrderWhateverTheThreads() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    for (int threads : new int[] {1, 2, 4, 8}) {
      List<Integer> results = new ArrayList<>();

      // Later items do less work, so they tend to finish first.
      OrderedPipeline.run(items.iterator(), threads, i -> spin(500 - i) * 0 + i * 2, results::add);

      assertThat(results).as("threads=%d", threads)
          .isEqualTo(items.stream().map(i -> i * 2).toList());
    }
  }

  @Test
  void atMostAWindowOfItemsIsInFlight() {
    int threads = 3;
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    Iterator<Integer> items = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return taken.get() < 1_000;
      }

      @Override
      public Integer next() {
        int ahead = taken.incrementAndGet() - delivered.get();
        maxAhead.accumulateAndGet(ahead, Math::max);
        return taken.get();
      }
    };

    OrderedPipeline.run(items, threads, i -> i, i -> delivered.incrementAndGet());

    assertThat(delivered.get()).isEqualTo(1_000);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(threads * OrderedPipeline.WINDOW_PER_THREAD);
  }

  @Test
  void anExceptionInTheWorkStopsTheRunAndIsRethrown() {
    List<Integer> results = new ArrayList<>();

    assertThatThrownBy(() -> OrderedPipeline.run(IntStream.range(0, 100).iterator(), 4, i -> {
      if (i == 10) {
        throw new IllegalStateException("item 10");
      }
      return i;
    }, results::add)).isInstanceOf(IllegalStateException.class).hasMessage("item 10");
    assertThat(results).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
  }

  private static int spin(int rounds) {
    int x = 0;
    for (int i = 0; i < rounds * 1_000; i++) {
      x += Integer.rotateLeft(x ^ i, 3);
    }
    return x;
  }
}
