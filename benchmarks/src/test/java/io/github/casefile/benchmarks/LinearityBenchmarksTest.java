package io.github.casefile.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import org.junit.jupiter.api.Test;

class LinearityBenchmarksTest {
  @Test
  void everyWorstCaseParsesToAnArticleTenTimesLongerAtSizeTen() {
    for (String shape : LinearityBenchmarks.CASES.keySet()) {
      LinearityBenchmarks small = new LinearityBenchmarks();
      small.shape = shape;
      small.size = 1;
      small.setUp();
      LinearityBenchmarks large = new LinearityBenchmarks();
      large.shape = shape;
      large.size = 10;
      large.setUp();
      Article one = small.parseWithExtraction();
      Article ten = large.parseWithExtraction();
      assertThat(ten.text().length()).as(shape)
          .isBetween(9 * one.text().length(), 11 * one.text().length());
    }
  }
}
