package io.github.casefile.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets: one per source format, and one that feeds arbitrary text to extraction through the
 * text format. Each asserts only DESIGN's outcomes (an article or a {@code CasefileException}).
 * Under {@code mvn verify} they replay the seeds in {@code FormatsFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} they fuzz ({@code scripts/fuzz.sh}).
 */
class FormatsFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void text(byte[] input) {
    Fuzzing.check(Formats.TEXT, input);
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] input) {
    Fuzzing.check(Formats.HTML, input);
  }

  @FuzzTest(maxDuration = "5m")
  void wordpress(byte[] input) {
    Fuzzing.check(Formats.WORDPRESS, input);
  }

  @FuzzTest(maxDuration = "5m")
  void feed(byte[] input) {
    Fuzzing.check(Formats.FEED, input);
  }

  @FuzzTest(maxDuration = "5m")
  void wordpressJson(byte[] input) {
    Fuzzing.check(Formats.WORDPRESS_JSON, input);
  }

  @FuzzTest(maxDuration = "5m")
  void frontmatter(byte[] input) {
    Fuzzing.check(Formats.FRONTMATTER, input);
  }

  /** Arbitrary text as the body of a seed-layout text article, so extraction sees all of it. */
  @FuzzTest(maxDuration = "5m")
  void extraction(byte[] input) {
    String body = new String(input, StandardCharsets.UTF_8);
    Fuzzing.check(Formats.TEXT, Formats.TEXT.wrapRaw(body).getBytes(StandardCharsets.UTF_8));
  }
}
