package io.github.casefile.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on items in parallel and hands the results to a sink in item order. At most {@code
 * WINDOW_PER_THREAD} results per thread are in flight, so memory stays bounded however many items
 * there are, and the output is the same whatever the number of threads.
 */
final class OrderedPipeline {
  /** Results held per thread: enough to keep every thread busy while the sink writes. */
  static final int WINDOW_PER_THREAD = 4;

  private OrderedPipeline() {}

  /**
   * Apply {@code work} to every item and pass the results to {@code sink}, in item order. The sink
   * runs on the calling thread.
   *
   * @param items the items, read lazily
   * @param threads how many items to work on at once, at least 1
   * @param work the work; what it throws stops the run and is rethrown here
   * @param sink receives the results in order
   */
  static <T, R> void run(Iterator<T> items, int threads, Function<T, R> work, Consumer<R> sink) {
    if (threads <= 1) {
      items.forEachRemaining(item -> sink.accept(work.apply(item)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      int window = threads * WINDOW_PER_THREAD;
      while (items.hasNext()) {
        T item = items.next();
        inFlight.addLast(pool.submit(() -> work.apply(item)));
        if (inFlight.size() >= window) {
          sink.accept(await(inFlight.removeFirst()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads, so that a run stopped by an error never waits for parsing still going on. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, "casefile-parse-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
