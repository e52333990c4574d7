package io.github.casefile.benchmarks;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shows in time what {@code WorkTest} and the fuzz module's linearity tests show by counting: on
 * generated worst cases (long runs of capitalised words, repeated "Article 1", month names, digits,
 * "Ministry of", one very long line) a text ten times longer takes about ten times as long to parse
 * with extraction. Compare the {@code size=10} score with {@code size=1} of the same case: the
 * ratio of average times should be close to 10, never far above.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LinearityBenchmarks {
  /** The repeated unit of each worst case; a blank line every 40 units keeps paragraphs short. */
  static final Map<String, String> CASES = Map.of(
      "capitalised", "Ministry Of State Security Commission Bureau Human Rights Watch Kim Jong ",
      "articles", "Article 1 of the Convention ",
      "months", "October November December January 2017 ",
      "digits", "1234 5678 99 0 26.6 ",
      "ministries", "Ministry of ",
      "longline", "the Chinese police arrested eight defectors near the Laos-China border and ");

  /** Which worst case. */
  @Param({"capitalised", "articles", "months", "digits", "ministries", "longline"})
  public String shape;

  /** How many times the base size (200 units) the text is. */
  @Param({"1", "10"})
  public int size;

  private Casefile casefile;
  private String text;

  /** Build the text and the facade. */
  @Setup
  public void setUp() {
    casefile = Casefile.defaults();
    text = worstCase(shape, size);
  }

  /**
   * Return a worst-case text: a headline, the seed's byline, then the unit repeated {@code 200 *
   * size} times, in paragraphs of 40 units except for the single-line case.
   *
   * @param shape the case's name, a key of {@link #CASES}
   * @param size the multiple of the base size
   * @return the text
   */
  static String worstCase(String shape, int size) {
    String unit = CASES.get(shape);
    StringBuilder out = new StringBuilder("Worst case\n\nKim Ga Young | 2017-10-27 14:52\n\n");
    int units = 200 * size;
    for (int i = 1; i <= units; i++) {
      out.append(unit);
      if (!shape.equals("longline") && i % 40 == 0) {
        out.append("\n\n");
      }
    }
    return out.append('\n').toString();
  }

  /**
   * Parse the worst case with the text format and extraction.
   *
   * @return the article
   */
  @Benchmark
  public Article parseWithExtraction() {
    return casefile.parse(text, SourceHint.builder().format("text").build());
  }

}
