package io.github.casefile.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recording: the methods where execution samples land (self), the methods
 * on the stack of most samples (total, without the harness: threads, reflection, JMH and this
 * module), the same for Casefile's own methods only, and the methods that allocate most (by the
 * recording's allocation samples, weighted by bytes), so that BENCHMARKS.md can list hot spots
 * with evidence.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.casefile.benchmarks.HotSpots rec.jfr [top]
 * }</pre>
 */
public final class HotSpots {
  private final Map<String, Long> self = new HashMap<>();
  private static final List<String> HARNESS = List.of("java.lang.Thread.", "java.util.concurrent.",
      "java.lang.reflect.", "jdk.internal.reflect.", "org.openjdk.jmh.",
      "io.github.casefile.benchmarks.");
  private final Map<String, Long> total = new HashMap<>();
  private final Map<String, Long> own = new HashMap<>();
  private final Map<String, Long> allocated = new HashMap<>();
  private final Map<String, Long> allocatedOwn = new HashMap<>();
  private long samples;
  private long allocatedBytes;

  private HotSpots() {}

  /**
   * Print the summary of a recording.
   *
   * @param args the recording's path, and how many methods to list (20 if absent)
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: HotSpots RECORDING.jfr [TOP]");
      System.exit(2);
    }
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    HotSpots spots = new HotSpots();
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      spots.add(event);
    }
    spots.print(top);
  }

  private void add(RecordedEvent event) {
    String type = event.getEventType().getName();
    if (event.getStackTrace() == null) {
      return;
    }
    List<RecordedFrame> frames = event.getStackTrace().getFrames();
    if (frames.isEmpty()) {
      return;
    }
    if (type.equals("jdk.ExecutionSample")) {
      samples++;
      self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String method = name(frame.getMethod());
        if (HARNESS.stream().noneMatch(method::startsWith) && seen.add(method)) {
          total.merge(method, 1L, Long::sum);
          if (method.startsWith("io.github.casefile.")) {
            own.merge(method, 1L, Long::sum);
          }
        }
      }
    } else if (type.equals("jdk.ObjectAllocationSample")) {
      long weight = event.getLong("weight");
      allocatedBytes += weight;
      allocated.merge(firstOwnFrame(frames), weight, Long::sum);
      allocatedOwn.merge(firstCasefileFrame(frames), weight, Long::sum);
    }
  }

  /** Charge an allocation to the first frame outside the JDK, where the choice to allocate is. */
  private static String firstOwnFrame(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String method = name(frame.getMethod());
      if (!method.startsWith("java.") && !method.startsWith("jdk.")
          && !method.startsWith("sun.")) {
        return method;
      }
    }
    return name(frames.get(0).getMethod());
  }

  /** Charge an allocation to the Casefile method that asked jsoup, Jackson or the JDK for it. */
  private static String firstCasefileFrame(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String method = name(frame.getMethod());
      if (method.startsWith("io.github.casefile.")
          && !method.startsWith("io.github.casefile.benchmarks.")) {
        return method + ":" + frame.getLineNumber();
      }
    }
    return "(outside Casefile)";
  }

  private static String name(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private void print(int top) {
    System.out.printf("execution samples: %d%n%n", samples);
    list("self (top frame)", self, samples, top);
    list("total (on the stack)", total, samples, top);
    list("Casefile methods, total", own, samples, top);
    System.out.printf("allocation samples, weighted: %.1f MB%n%n", allocatedBytes / 1e6);
    list("allocated (first non-JDK frame)", allocated, allocatedBytes, top);
    list("allocated (first Casefile frame:line)", allocatedOwn, allocatedBytes, top);
  }

  private static void list(String title, Map<String, Long> counts, long all, int top) {
    System.out.println("| " + title + " | share |");
    System.out.println("|---|---:|");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf("| %s | %.1f%% |%n", e.getKey(),
            all == 0 ? 0.0 : 100.0 * e.getValue() / all));
    System.out.println();
  }
}
