package io.github.casefile.examples.corpus;

import io.github.casefile.Casefile;
import io.github.casefile.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures {@code Casefile.parseAll} over a corpus: articles per second and input megabytes per
 * second, on each thread count given, after one warm-up pass.
 *
 * <pre>
 * java -cp ... io.github.casefile.examples.corpus.Throughput DIR [THREADS...]
 * </pre>
 */
public final class Throughput {
  private Throughput() {}

  /**
   * Run the measurement.
   *
   * @param args the corpus directory or file, then thread counts (default 1 and 2)
   * @throws IOException if the corpus cannot be sized
   */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    long bytes;
    try (Stream<Path> files = Files.walk(corpus)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    Casefile casefile = Casefile.defaults();
    run(casefile, corpus, 1, bytes, "warm-up");
    for (int i = 1; i < Math.max(2, args.length); i++) {
      int threads = args.length > 1 ? Integer.parseInt(args[i]) : i;
      run(casefile, corpus, threads, bytes, threads + " thread" + (threads == 1 ? "" : "s"));
    }
  }

  private static void run(Casefile casefile, Path corpus, int threads, long bytes, String label) {
    long start = System.nanoTime();
    Map<String, Long> counts = new TreeMap<>();
    try (Stream<ParseOutcome> outcomes = casefile.parseAll(List.of(corpus), threads)) {
      outcomes.forEach(o -> counts.merge(o.isArticle() ? "articles"
          : o.isSkipped() ? "skipped" : "failures", 1L, Long::sum));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long articles = counts.getOrDefault("articles", 0L);
    System.out.printf("%-10s %s in %.2f s: %.0f articles/s, %.1f MB/s%n", label, counts, seconds,
        articles / seconds, bytes / 1e6 / seconds);
  }
}
