package io.github.casefile.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a run's inputs, articles, failures (by exception) and skipped archive records (by reason);
 * reports each failure as one line on standard error, redraws a progress line there when it is a
 * terminal, and prints the final summary with the rates.
 *
 * <p>An input is a file, standard input or an archive record: every failure and every skip is one
 * input, and consecutive articles of the same input (a feed) are one input.
 */
final class RunStatus {
  /** The progress line is redrawn at most this often, so that it costs nothing to show. */
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean progress;
  private final long startNanos;
  private final Map<String, Long> failures = new TreeMap<>();
  private final Map<String, Long> skipped = new TreeMap<>();
  private long inputs;
  private long articles;
  private long failureCount;
  private long skipCount;
  private String lastArticleInput;
  private long lastDrawn;
  private boolean lineShown;

  RunStatus(PrintStream err, boolean progress, long startNanos) {
    this.err = err;
    this.progress = progress;
    this.startNanos = startNanos;
    // So that the first input draws the line at once (nanoTime may be negative: compare
    // differences only).
    this.lastDrawn = startNanos - REDRAW_NANOS;
  }

  /** Count an article of {@code input}; the first of a run of articles of one input counts it. */
  void article(String input) {
    if (!input.equals(lastArticleInput)) {
      inputs++;
      lastArticleInput = input;
    }
    articles++;
    redraw();
  }

  /** Count a rejected input and report it as {@code input: reason}. */
  void rejected(String input, String reason, String exception) {
    inputs++;
    lastArticleInput = null;
    failureCount++;
    failures.merge(exception, 1L, Long::sum);
    clearProgress();
    // The failure line itself shows progress; the next article or skip redraws the bar.
    err.println(input + ": " + reason);
  }

  /** Count an archive record that holds no article: not output, not rejected. */
  void skipped(String reason) {
    inputs++;
    lastArticleInput = null;
    skipCount++;
    skipped.merge(reason, 1L, Long::sum);
    redraw();
  }

  /** Print a line of detail (a stack trace under --debug) below the failure it belongs to. */
  PrintStream detail() {
    clearProgress();
    return err;
  }

  /**
   * Clear the progress line and, when asked, print the one-line summary of the run.
   *
   * @param summary whether to print the summary
   * @param bytes the bytes the run read, for the MB/s rate
   */
  void finish(boolean summary, long bytes) {
    clearProgress();
    if (summary) {
      double seconds = seconds();
      err.println("casefile: " + plural(inputs, "input") + ", " + plural(articles, "article")
          + ", " + plural(failureCount, "failure") + byKind(failures) + ", " + skipCount
          + " skipped" + byKind(skipped)
          + String.format(Locale.ROOT, " in %.2f s (%.1f articles/s, %.2f MB/s)", seconds,
              articles / seconds, bytes / 1e6 / seconds));
    }
    err.flush();
  }

  long inputs() {
    return inputs;
  }

  long articles() {
    return articles;
  }

  long failures() {
    return failureCount;
  }

  long skips() {
    return skipCount;
  }

  private void redraw() {
    if (!progress) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      err.print("\r" + plural(inputs, "input") + " done, " + plural(articles, "article") + ", "
          + plural(failureCount, "failure") + ", " + skipCount + " skipped, "
          + String.format(Locale.ROOT, "%.1f articles/s", articles / seconds()) + "\u001b[K");
      err.flush();
      lineShown = true;
    }
  }

  private double seconds() {
    // Never zero, so that a rate is always a number.
    return Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
  }

  private void clearProgress() {
    if (lineShown) {
      err.print("\r\u001b[K");
      lineShown = false;
    }
  }

  private static String byKind(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (");
    counts.forEach((kind, count) -> text.append(text.length() > 2 ? ", " : "").append(kind)
        .append(": ").append(count));
    return text.append(')').toString();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
