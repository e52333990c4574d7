package io.github.casefile;

import io.github.casefile.internal.ArchiveRegistry;
import io.github.casefile.internal.PathWalker;
import io.github.casefile.spi.ArchiveEntry;
import io.github.casefile.spi.ArchiveFormat;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns a batch of inputs (paths, in-memory entries, one stream) into a lazy stream of outcomes,
 * expanding archives record by record. The inputs are cut into independent units of work (a file, an
 * archive record); units are parsed in order on the caller's thread, or on a small pool with a
 * bounded window of units in flight, so memory stays bounded whatever the corpus size.
 *
 * <p>It does not use {@link Stream#flatMap}: pulling from a flat-mapped stream through its iterator
 * buffers each inner stream whole, which would hold a whole archive in memory.
 */
final class Batch {
  private Batch() {}

  /** One independent unit of work: outcomes already known, or a parse to run. */
  private static final class Work {
    final String input;
    final List<ParseOutcome> ready;
    final Supplier<List<ParseOutcome>> task;

    private Work(String input, List<ParseOutcome> ready, Supplier<List<ParseOutcome>> task) {
      this.input = input;
      this.ready = ready;
      this.task = task;
    }

    static Work ready(ParseOutcome outcome) {
      return new Work(outcome.input(), List.of(outcome), null);
    }

    static Work task(String input, Supplier<List<ParseOutcome>> task) {
      return new Work(input, null, task);
    }

    List<ParseOutcome> run() {
      return ready != null ? ready : task.get();
    }
  }

  /**
   * A source of units: subclasses yield their inputs, and may hand over an archive to expand.
   * Not thread-safe; only the consuming thread calls it.
   */
  private abstract static class Units implements Closeable {
    final Casefile casefile;
    private Iterator<ArchiveEntry> archive;
    private String archiveName;
    private String archiveFormat;
    private Closeable archiveResource;

    Units(Casefile casefile) {
      this.casefile = casefile;
    }

    /** Return the next unit, or null at the end. */
    final Work next() {
      while (true) {
        if (archive != null) {
          Work work = nextFromArchive();
          if (work != null) {
            return work;
          }
          closeArchive();
        }
        Optional<Work> work = advance();
        if (work == null) {
          return null;
        }
        if (work.isPresent()) {
          return work.get();
        }
      }
    }

    /**
     * Return the next input's unit; empty after handing an archive to {@link #expand}; null at the
     * end.
     */
    abstract Optional<Work> advance();

    /** Return the archive format of an input, from its head and name. */
    final Optional<ArchiveFormat> archiveFormatOf(byte[] head, String name) {
      return casefile.archives().choose(head, name);
    }

    final void expand(ArchiveFormat format, InputStream in, String name, Closeable resource) {
      archiveName = name;
      archiveFormat = format.name();
      archiveResource = resource;
      try {
        archive = format.entries(in, name, casefile.limits());
      } catch (RuntimeException e) {
        archive = Collections.singletonList(ArchiveEntry.failed(name,
            new MalformedInputException(name, "the " + archiveFormat
                + " archive format failed to open it: " + e, e))).iterator();
      }
    }

    private Work nextFromArchive() {
      ArchiveEntry entry;
      try {
        if (!archive.hasNext()) {
          return null;
        }
        entry = archive.next();
      } catch (RuntimeException e) {
        // A format broke its contract; report it once and drop the rest of this archive.
        archive = Collections.emptyIterator();
        return Work.ready(ParseOutcome.of(Failure.of(archiveName, archiveFormat,
            new MalformedInputException(archiveName, "the " + archiveFormat
                + " archive format failed while reading it: " + e, e))));
      }
      return workOf(entry, archiveFormat);
    }

    final Work workOf(ArchiveEntry entry, String format) {
      switch (entry.kind()) {
        case RECORD:
          return Work.task(entry.input(), () -> casefile.outcomesOf(entry.content(), entry.hint()));
        case SKIPPED:
          return Work.ready(ParseOutcome.of(Skip.of(entry.input(), format, entry.reason(),
              entry.detail().orElse(null))));
        default:
          return Work.ready(ParseOutcome.of(Failure.of(entry.input(), format,
              entry.exception())));
      }
    }

    private void closeArchive() {
      archive = null;
      Closeable resource = archiveResource;
      archiveResource = null;
      if (resource != null) {
        try {
          resource.close();
        } catch (IOException e) {
          // Everything was read; a failure to close a read-only file loses nothing.
        }
      }
    }

    @Override
    public void close() {
      closeArchive();
    }
  }

  /** Units of files and directories: a file is one unit, an archive one unit per record. */
  private static final class PathUnits extends Units {
    private final Iterator<Path> paths;
    private final Stream<Path> walk;

    PathUnits(Casefile casefile, List<Path> roots) {
      super(casefile);
      this.walk = PathWalker.walk(roots);
      this.paths = walk.iterator();
    }

    @Override
    Optional<Work> advance() {
      if (!paths.hasNext()) {
        return null;
      }
      Path path = paths.next();
      String name = path.toString();
      if (Files.isRegularFile(path)) {
        BufferedInputStream in = null;
        try {
          in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
          Optional<ArchiveFormat> format = archiveFormatOf(ArchiveRegistry.peek(in), name);
          if (format.isPresent()) {
            expand(format.get(), in, name, in);
            return Optional.empty();
          }
          in.close();
        } catch (IOException | UncheckedIOException e) {
          closeQuietly(in);
          // Reading it again reports the failure as this input's outcome.
        }
      }
      return Optional.of(Work.task(name, () -> casefile.outcomesOf(path)));
    }

    @Override
    public void close() {
      super.close();
      walk.close();
    }
  }

  /** Units of entries the caller holds in memory; an entry whose bytes are an archive expands. */
  private static final class EntryUnits extends Units {
    private final Iterator<ArchiveEntry> entries;
    private final Stream<ArchiveEntry> source;

    EntryUnits(Casefile casefile, Stream<ArchiveEntry> source) {
      super(casefile);
      this.source = source;
      this.entries = source.iterator();
    }

    @Override
    Optional<Work> advance() {
      if (!entries.hasNext()) {
        return null;
      }
      ArchiveEntry entry = entries.next();
      if (entry.kind() == ArchiveEntry.Kind.RECORD) {
        byte[] content = entry.content();
        byte[] head = java.util.Arrays.copyOf(content,
            Math.min(content.length, ArchiveFormat.HEAD_BYTES));
        Optional<ArchiveFormat> format = archiveFormatOf(head, entry.input());
        if (format.isPresent()) {
          expand(format.get(), new ByteArrayInputStream(content), entry.input(), null);
          return Optional.empty();
        }
      }
      return Optional.of(workOf(entry, null));
    }

    @Override
    public void close() {
      super.close();
      source.close();
    }
  }

  /** Units of one stream: an archive gives one unit per record, anything else one unit. */
  private static final class StreamUnits extends Units {
    private final InputStream in;
    private final SourceHint hint;
    private boolean done;

    StreamUnits(Casefile casefile, InputStream in, SourceHint hint) {
      super(casefile);
      this.in = in;
      this.hint = hint;
    }

    @Override
    Optional<Work> advance() {
      if (done) {
        return null;
      }
      done = true;
      String name = hint.uri().orElse("(stream)");
      try {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        Optional<ArchiveFormat> format = archiveFormatOf(ArchiveRegistry.peek(buffered), name);
        if (format.isPresent()) {
          // The caller owns the stream, so nothing is closed here.
          expand(format.get(), buffered, name, null);
          return Optional.empty();
        }
        byte[] bytes = casefile.readBounded(buffered, hint);
        return Optional.of(Work.task(name, () -> casefile.outcomesOf(bytes, hint)));
      } catch (CasefileException e) {
        return Optional.of(Work.ready(ParseOutcome.of(Failure.of(name, null, e))));
      } catch (IOException | UncheckedIOException e) {
        return Optional.of(Work.ready(ParseOutcome.of(Failure.of(name, null,
            new MalformedInputException(name, "cannot be read: " + e, e)))));
      }
    }
  }

  static Stream<ParseOutcome> ofPaths(Casefile casefile, List<Path> roots, int threads) {
    return stream(new PathUnits(casefile, roots), threads);
  }

  static Stream<ParseOutcome> ofEntries(Casefile casefile, Stream<ArchiveEntry> entries,
      int threads) {
    return stream(new EntryUnits(casefile, entries), threads);
  }

  static Stream<ParseOutcome> ofStream(Casefile casefile, InputStream in, SourceHint hint) {
    return stream(new StreamUnits(casefile, in, hint), 1);
  }

  private static Stream<ParseOutcome> stream(Units units, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    Outcomes outcomes = threads == 1 ? new Outcomes(units) : new ParallelOutcomes(units, threads);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(outcomes,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(outcomes::close);
  }

  /** Flattens units into outcomes, parsing each unit on the consuming thread. */
  private static class Outcomes implements Iterator<ParseOutcome> {
    final Units units;
    private Iterator<ParseOutcome> current = Collections.emptyIterator();
    private boolean closed;

    Outcomes(Units units) {
      this.units = units;
    }

    @Override
    public final boolean hasNext() {
      while (!current.hasNext()) {
        if (closed) {
          return false;
        }
        List<ParseOutcome> next = nextOutcomes();
        if (next == null) {
          close();
          return false;
        }
        current = next.iterator();
      }
      return true;
    }

    @Override
    public final ParseOutcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    /** Return the next unit's outcomes, or null at the end. */
    List<ParseOutcome> nextOutcomes() {
      Work work = units.next();
      return work == null ? null : work.run();
    }

    void close() {
      closed = true;
      units.close();
    }
  }

  /**
   * Flattens units into outcomes in input order, parsing up to {@code 2 * threads} units ahead on a
   * pool of daemon threads. Units share nothing but the immutable {@link Casefile}.
   */
  private static final class ParallelOutcomes extends Outcomes {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final Deque<Pending> window = new ArrayDeque<>();
    private final int size;
    private boolean exhausted;

    private static final class Pending {
      final String input;
      final Future<List<ParseOutcome>> future;

      Pending(String input, Future<List<ParseOutcome>> future) {
        this.input = input;
        this.future = future;
      }
    }

    ParallelOutcomes(Units units, int threads) {
      super(units);
      this.size = 2 * threads;
      int id = POOLS.incrementAndGet();
      AtomicInteger thread = new AtomicInteger();
      this.pool = Executors.newFixedThreadPool(threads, runnable -> {
        Thread t = new Thread(runnable, "casefile-" + id + "-" + thread.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }

    @Override
    List<ParseOutcome> nextOutcomes() {
      while (!exhausted && window.size() < size) {
        Work work = units.next();
        if (work == null) {
          exhausted = true;
        } else if (work.ready != null) {
          window.addLast(new Pending(work.input,
              java.util.concurrent.CompletableFuture.completedFuture(work.ready)));
        } else {
          window.addLast(new Pending(work.input, pool.submit(work.task::get)));
        }
      }
      Pending head = window.pollFirst();
      if (head == null) {
        return null;
      }
      try {
        return head.future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + head.input, e);
      } catch (ExecutionException e) {
        // The outcome methods catch every CasefileException; what reaches here is an Error such
        // as a StackOverflowError, reported as this input's failure so the run goes on.
        return List.of(ParseOutcome.of(Failure.of(head.input, null,
            new MalformedInputException(head.input, "parsing failed: " + e.getCause(),
                e.getCause()))));
      }
    }

    @Override
    void close() {
      pool.shutdownNow();
      super.close();
    }
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException e) {
        // Closing after a failed read; the failure is reported when the input is read again.
      }
    }
  }
}
