package io.github.casefile.internal.extract;

import io.github.casefile.model.Article;
import io.github.casefile.model.Paragraphs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the CPU time and allocation of each extraction phase on a text file, to find what to make faster. Not a
 * test: run its main method with the test class path ({@code PhaseTimes FILE SECONDS}).
 */
public final class PhaseTimes {
  private PhaseTimes() {}

  /**
   * Time the phases.
   *
   * @param args a text file and the seconds to spend per phase
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (String p : Files.readString(Path.of(args[0])).split("\\n\\s*\\n")) {
      String n = Paragraphs.normalize(p);
      if (!n.isEmpty()) {
        paragraphs.add(n);
      }
    }
    Article article = ExtractionEngineTest.article("2017-10-27", paragraphs);
    String text = article.text();
    Knowledge kb = Knowledge.defaults();
    double seconds = Double.parseDouble(args[1]);
    for (int round = 0; round < 2; round++) {
      time("analysis", seconds, text.length(),
          () -> TextAnalysis.of(text, Work.unbounded(), kb.vocabulary));
      TextAnalysis a = TextAnalysis.of(text, Work.unbounded(), kb.vocabulary);
      time("entities", seconds, text.length(),
          () -> new EntityFinder(kb, a, new Records(1000)).run());
      time("dates", seconds, text.length(),
          () -> new DateFinder(a, null, new ArrayList<>()).findAll());
      EntityFinder e = new EntityFinder(kb, a, new Records(1000));
      e.run();
      List<DateFinder.TimeExpr> dates = new DateFinder(a, null, new ArrayList<>()).findAll();
      time("facts", seconds, text.length(), () -> new InstrumentFacts(a, e.mentions, dates).run());
      time("described", seconds, text.length(), () -> {
        Records r = new Records(1000);
        EntityFinder found = new EntityFinder(kb, a, r);
        found.run();
        new DescribedInstruments(a, r, found.mentions, dates).run();
      });
      time("relatives", seconds, text.length(),
          () -> new RelativeActors(a, new Records(1000), new ArrayList<>(e.mentions)).run());
      time("incidents", seconds, text.length(),
          () -> new IncidentFinder(a, e.mentions, dates, new ArrayList<>()).run(1000));
      Article extracted = new DocumentExtraction(kb, article, io.github.casefile.Limits.defaults(),
          Work.unbounded()).run();
      time("rebuild", seconds, text.length(),
          () -> Article.builder().from(extracted).id(extracted.id() + "x").build());
      time("everything", seconds, text.length(), () -> new DocumentExtraction(kb, article,
          io.github.casefile.Limits.defaults(), Work.unbounded()).run());
    }
  }

  private static void time(String what, double seconds, int chars, Runnable r) {
    // The machine is shared: the best of many short batches is the least disturbed measure.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) threads;
    double best = Double.MAX_VALUE;
    long allocated = Long.MAX_VALUE;
    while (System.nanoTime() < end) {
      long c0 = threads.getCurrentThreadCpuTime();
      long b0 = bytes.getCurrentThreadAllocatedBytes();
      for (int k = 0; k < 20; k++) {
        r.run();
      }
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - c0) / 20e9);
      allocated = Math.min(allocated, (bytes.getCurrentThreadAllocatedBytes() - b0) / 20);
    }
    System.out.printf("%-10s %8.1f us CPU per run (best batch), %6.1f MB/s, %,9d B allocated%n",
        what, best * 1e6, chars / best / 1e6, allocated);
  }
}
