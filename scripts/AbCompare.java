import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the full text parse of two builds of Casefile in one JVM: each build is loaded by its
 * own class loader and the two alternate round by round, so both see the same machine state (on
 * this project's shared 2-core machines separate JVMs one after the other differed by up to 30 %).
 * Each round parses every text once, as a JMH pass does; the time is the parsing thread's CPU time.
 *
 * <p>Run by {@code scripts/ab.sh}: {@code java scripts/AbCompare.java SECONDS ROUNDS CLASSPATH_A
 * CLASSPATH_B TEXT...}.
 */
public final class AbCompare {
  private AbCompare() {}

  /**
   * Warm both builds up, time the rounds and print medians, bests and the time ratio B / A.
   *
   * @param args warm-up seconds, rounds, class path of A, class path of B, the text files
   * @throws Exception when a build cannot be loaded or a text read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: AbCompare SECONDS ROUNDS CLASSPATH_A CLASSPATH_B TEXT...");
      System.exit(2);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (String file : Arrays.copyOfRange(args, 4, args.length)) {
      String text = Files.readString(Path.of(file));
      texts.add(text);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    Build[] builds = {new Build(args[2]), new Build(args[3])};
    long warmEnd = threads.getCurrentThreadCpuTime() + (long) (Double.parseDouble(args[0]) * 1e9);
    while (threads.getCurrentThreadCpuTime() < warmEnd) {
      for (Build build : builds) {
        build.parseAll(texts);
      }
    }
    int rounds = Integer.parseInt(args[1]);
    long[][] times = new long[2][rounds];
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < 2; i++) {
        int which = r % 2 == 0 ? i : 1 - i; // A first in even rounds, B first in odd ones
        long start = threads.getCurrentThreadCpuTime();
        builds[which].parseAll(texts);
        times[which][r] = threads.getCurrentThreadCpuTime() - start;
      }
      ratios[r] = (double) times[1][r] / times[0][r];
    }
    Arrays.sort(ratios);
    Arrays.sort(times[0]);
    Arrays.sort(times[1]);
    System.out.printf("%d texts, %d bytes, %d rounds%n", texts.size(), bytes, rounds);
    System.out.printf("A: median %.2f MB/s, best %.2f MB/s%n", mbPerS(bytes, times[0][rounds / 2]),
        mbPerS(bytes, times[0][0]));
    System.out.printf("B: median %.2f MB/s, best %.2f MB/s%n", mbPerS(bytes, times[1][rounds / 2]),
        mbPerS(bytes, times[1][0]));
    System.out.printf("time B / A: median of rounds %.3f, best / best %.3f%n", ratios[rounds / 2],
        (double) times[1][0] / times[0][0]);
  }

  private static double mbPerS(long bytes, long nanos) {
    return bytes / (nanos / 1e3);
  }

  /** One build's {@code Casefile.defaults()} and a text hint, reached by reflection. */
  private static final class Build {
    private final Object casefile;
    private final Object hint;
    private final Method parse;

    Build(String classPath) throws Exception {
      List<URL> urls = new ArrayList<>();
      for (String entry : classPath.split(":")) {
        if (!entry.isEmpty()) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> casefileClass = Class.forName("io.github.casefile.Casefile", true, loader);
      Class<?> hintClass = Class.forName("io.github.casefile.SourceHint", true, loader);
      casefile = casefileClass.getMethod("defaults").invoke(null);
      Object builder = hintClass.getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("format", String.class).invoke(builder, "text");
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true); // the generated builder class is package-private
      hint = build.invoke(builder);
      parse = casefileClass.getMethod("parse", String.class, hintClass);
    }

    void parseAll(List<String> texts) throws Exception {
      for (String text : texts) {
        parse.invoke(casefile, text, hint);
      }
    }
  }
}
