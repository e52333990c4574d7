package io.github.casefile.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Counts a run's inputs, articles and failures; reports each failure as one line on standard
 * error, redraws a progress line there when it is a terminal, and prints the final summary.
 */
final class RunStatus {
  /** The progress line is redrawn at most this often, so that it costs nothing to show. */
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean progress;
  private final long startNanos;
  private long inputs;
  private long articles;
  private long failures;
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

  /** Count one input done, with the articles it gave. */
  void inputDone(int articlesGiven) {
    inputs++;
    articles += articlesGiven;
    if (progress) {
      long now = System.nanoTime();
      if (now - lastDrawn >= REDRAW_NANOS) {
        lastDrawn = now;
        err.print("\r" + counts() + "\u001b[K");
        err.flush();
        lineShown = true;
      }
    }
  }

  /** Count a rejected input and report it as {@code input: reason}. */
  void rejected(String input, String reason) {
    failures++;
    clearProgress();
    err.println(input + ": " + reason);
  }

  /** Print a line of detail (a stack trace under --debug) below the failure it belongs to. */
  PrintStream detail() {
    clearProgress();
    return err;
  }

  /** Clear the progress line and, when asked, print the one-line summary of the run. */
  void finish(boolean summary) {
    clearProgress();
    if (summary) {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      err.println("casefile: " + counts() + String.format(Locale.ROOT, " in %.2f s", seconds));
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
    return failures;
  }

  private String counts() {
    return plural(inputs, "input") + ", " + plural(articles, "article") + ", "
        + plural(failures, "failure");
  }

  private void clearProgress() {
    if (lineShown) {
      err.print("\r\u001b[K");
      lineShown = false;
    }
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
