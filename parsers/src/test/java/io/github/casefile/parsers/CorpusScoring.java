package io.github.casefile.parsers;

import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.UnsupportedFormatException;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Writes the predictions the extraction scorer reads, and measures extraction speed. Not a test:
 * run its main method with the test class path.
 *
 * <ul>
 *   <li>{@code score RAW_DIR OUT_DIR}: parses every input with {@link Casefile#defaults()} and
 *       writes {@code OUT_DIR/<id>.json}, formats chosen by detection as on the command line.
 *   <li>{@code speed SECONDS FILE...}: parses the files' texts in a loop for warm-up, then for the
 *       given seconds, and prints megabytes (of UTF-8 input) per second on one thread.
 *   <li>{@code compare SECONDS BEFORE_CP AFTER_CP FILE...}: loads Casefile from two class paths
 *       (e.g. the class directories of main and of a branch) in two class loaders and parses the
 *       files' texts with each in alternating rounds for the given CPU seconds, so that both see
 *       the same machine load; prints the median and best CPU milliseconds per round of each,
 *       the first third of the rounds left out as warm-up; {@code --formats-only} before the
 *       seconds parses without extraction.
 *   <li>{@code score-text TEXT_DIR OUT_DIR}: parses every {@code .txt} file's text as a string
 *       (byte-order mark included) with the text format and without extraction, as the speed
 *       mode's first run does, and writes {@code OUT_DIR/<id>.json} (or the failure).
 * </ul>
 */
public final class CorpusScoring {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CorpusScoring() {}

  /**
   * Run one mode.
   *
   * @param args the mode and its arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("score")) {
      score(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length >= 3 && args[0].equals("score-text")) {
      scoreText(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length >= 3 && args[0].equals("speed")) {
      List<Path> files = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        files.add(Path.of(args[i]));
      }
      speed(Double.parseDouble(args[1]), files);
    } else if (args.length >= 5 && args[0].equals("compare")) {
      List<Path> files = new ArrayList<>();
      boolean extract = !args[1].equals("--formats-only");
      int first = extract ? 1 : 2;
      for (int i = first + 3; i < args.length; i++) {
        files.add(Path.of(args[i]));
      }
      compare(Double.parseDouble(args[first]), List.of(args[first + 1], args[first + 2]), files,
          extract);
    } else {
      System.err.println("usage: score RAW_DIR OUT_DIR | score-text TEXT_DIR OUT_DIR"
          + " | speed SECONDS FILE... | compare [--formats-only] SECONDS BEFORE_CP AFTER_CP"
          + " FILE...");
    }
  }

  private static void score(Path raw, Path out) throws IOException {
    Files.createDirectories(out);
    Casefile casefile = Casefile.defaults();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(raw)) {
      inputs = files.sorted().toList();
    }
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      String id = name.replaceAll("\\.[a-z]+$", "");
      Article article;
      try {
        // as the command line does: every format by detection, HTML pages included
        article = casefile.parse(input);
      } catch (UnsupportedFormatException e) {
        // plain text whose first lines no format claims: say it is text
        System.err.println(id + ": " + e.getMessage() + "; parsed with the text format");
        article = casefile.parse(Files.readString(input), SourceHint.builder()
            .uri(input.toString()).format("text").build());
      }
      Files.writeString(out.resolve(id + ".json"), CasefileJson.toPrettyJson(article));
    }
  }

  /**
   * Write what the text format and the assembler make of each file's text without extraction,
   * read as the speed mode reads it (a string, byte-order mark included, with a text hint), so
   * that a change to that path can be checked byte for byte.
   */
  private static void scoreText(Path raw, Path out) throws IOException {
    Files.createDirectories(out);
    Casefile casefile = Casefile.builder().extract(false).build();
    SourceHint hint = SourceHint.builder().format("text").build();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(raw)) {
      inputs = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path input : inputs) {
      String id = input.getFileName().toString().replaceAll("\\.[a-z]+$", "");
      String json;
      try {
        json = CasefileJson.toPrettyJson(casefile.parse(Files.readString(input), hint));
      } catch (io.github.casefile.CasefileException e) {
        json = e.getClass().getSimpleName() + ": " + e.getMessage() + "\n";
      }
      Files.writeString(out.resolve(id + ".json"), json);
    }
  }

  private static String htmlAsText(Path input) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Element e : Jsoup.parse(Files.readString(input, StandardCharsets.UTF_8))
        .select("h1, p")) {
      String t = e.text().strip();
      if (!t.isEmpty()) {
        text.append(t).append("\n\n");
      }
    }
    return text.toString();
  }

  private static void speed(double seconds, List<Path> files) throws IOException {
    // The difference between the two runs is what extraction costs.
    measure(seconds, files, Casefile.builder().extract(false).build(), "formats only");
    measure(seconds, files, Casefile.defaults(), "full parse");
  }

  private static void measure(double seconds, List<Path> files, Casefile casefile, String what)
      throws IOException {
    List<String> texts = texts(files);
    long bytes = utf8Bytes(texts);
    SourceHint hint = SourceHint.builder().format("text").build();
    // Budgets are CPU seconds of this thread: on a loaded machine a wall-clock warm-up may end
    // before the JIT has compiled the hot paths.
    for (double budget : new double[] {Math.min(5, seconds / 3), seconds}) {
      long t0 = System.nanoTime();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long end = cpu0 + (long) (budget * 1e9);
      long done = 0;
      int rounds = 0;
      long best = Long.MAX_VALUE;
      while (THREADS.getCurrentThreadCpuTime() < end || rounds == 0) {
        long r0 = THREADS.getCurrentThreadCpuTime();
        for (String t : texts) {
          casefile.parse(t, hint);
        }
        best = Math.min(best, THREADS.getCurrentThreadCpuTime() - r0);
        done += bytes;
        rounds++;
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf("%s, %s: %d rounds of %d bytes in %.2f s (%.2f s CPU): %.2f MB/s wall,"
          + " %.2f MB/s CPU, %.3f ms CPU per round (best %.3f ms)%n", what,
          budget < seconds ? "warm-up" : "measured", rounds, bytes, s, cpu, done / s / 1e6,
          done / cpu / 1e6, cpu * 1e3 / rounds, best / 1e6);
    }
  }

  private static void compare(double seconds, List<String> classPaths, List<Path> files,
      boolean extract) throws IOException {
    List<String> texts = texts(files);
    long bytes = utf8Bytes(texts);
    List<Runnable> parsers = new ArrayList<>();
    for (String classPath : classPaths) {
      parsers.add(parserFrom(classPath, texts, extract));
    }
    List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>());
    long end = THREADS.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
    while (THREADS.getCurrentThreadCpuTime() < end) {
      for (int k = 0; k < 2; k++) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        parsers.get(k).run();
        times.get(k).add(THREADS.getCurrentThreadCpuTime() - c0);
      }
    }
    for (int k = 0; k < 2; k++) {
      List<Long> all = times.get(k);
      List<Long> late = new ArrayList<>(all.subList(all.size() / 3, all.size()));
      java.util.Collections.sort(late);
      double best = late.get(0) / 1e6;
      double median = late.get(late.size() / 2) / 1e6;
      System.out.printf("%s: %d rounds of %d bytes, median %.3f ms CPU (%.1f MB/s), best %.3f ms"
          + " (%.1f MB/s)%n", k == 0 ? "before" : "after ", late.size(), bytes, median,
          bytes / median / 1e3, best, bytes / best / 1e3);
    }
  }

  /**
   * Return a task that parses every text with {@code Casefile.defaults()} of a class path, or
   * without extraction.
   */
  private static Runnable parserFrom(String classPath, List<String> texts, boolean extract)
      throws IOException {
    try {
      List<java.net.URL> urls = new ArrayList<>();
      for (String entry : classPath.split(java.io.File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      ClassLoader loader = new java.net.URLClassLoader(urls.toArray(new java.net.URL[0]),
          ClassLoader.getPlatformClassLoader());
      Class<?> facade = loader.loadClass(Casefile.class.getName());
      Object casefile;
      if (extract) {
        casefile = facade.getMethod("defaults").invoke(null);
      } else {
        Object cb = facade.getMethod("builder").invoke(null);
        cb = cb.getClass().getMethod("extract", boolean.class).invoke(cb, false);
        casefile = cb.getClass().getMethod("build").invoke(cb);
      }
      Class<?> hintType = loader.loadClass(SourceHint.class.getName());
      Object builder = hintType.getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("format", String.class).invoke(builder, "text");
      Object hint = builder.getClass().getMethod("build").invoke(builder);
      java.lang.reflect.Method parse = facade.getMethod("parse", String.class, hintType);
      return () -> {
        try {
          for (String t : texts) {
            parse.invoke(casefile, t, hint);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      };
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot load Casefile from " + classPath, e);
    }
  }

  private static List<String> texts(List<Path> files) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(f.toString().endsWith(".html") ? htmlAsText(f) : Files.readString(f));
    }
    return texts;
  }

  private static long utf8Bytes(List<String> texts) {
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    return bytes;
  }
}
