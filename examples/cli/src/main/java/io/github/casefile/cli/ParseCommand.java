package io.github.casefile.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.casefile.Casefile;
import io.github.casefile.Failure;
import io.github.casefile.ImmutableFailure;
import io.github.casefile.ParseOutcome;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import io.github.casefile.spi.SourceFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code casefile parse}: reads inputs and writes their articles as JSON, one object for one input
 * file, JSON Lines for several; rejected inputs are reported and recorded, never skipped in silence.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Parse news articles into JSON.",
        "INPUT is a file, a directory (walked recursively in sorted order), a glob, a WARC"
            + " archive (.warc, .warc.gz), or - for standard input. One input file prints one"
            + " JSON object; several inputs, a directory, a glob or an archive print JSON Lines."
            + " Archive records that hold no article (images, redirects, robots.txt, requests)"
            + " are not written and not rejected; the summary counts them by reason."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input gave an article (skipped archive records aside)",
        "1:some inputs were rejected (one line each on standard error); the others were written",
        "2:nothing could be done: usage error, missing input, every input rejected, or the output"
            + " cannot be written"})
final class ParseCommand implements Callable<Integer> {
  /** Built only for --failures: a copy of the mapper is not free in a fresh JVM. */
  private static final class FailureJson {
    static final ObjectWriter WRITER = CasefileJson.mapper().writer();
  }

  /** The names parseAll gives a stream without a URI: standard input here. */
  private static final Set<String> UNNAMED = Set.of("(stream)", "(unnamed)");

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private CasefileCli parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto (detect; the default) or a name that 'casefile formats' lists")
  private String format;

  @Option(names = "--jsonl", description = "write JSON Lines even for one input")
  private boolean jsonl;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the articles to FILE instead of standard output")
  private Path output;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "write one JSON line {input, format, reason, exception} per rejected input")
  private Path failures;

  @Option(names = "--threads", paramLabel = "N",
      description = "parse N inputs at once (default: the number of processors); the output"
          + " order does not depend on N")
  private Integer threads;

  @Option(names = "--no-extract",
      description = "read metadata and body only; skip actors, agencies, instruments, incidents")
  private boolean noExtract;

  @Option(names = "--debug", description = "print stack traces")
  private boolean debug;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "files, directories, globs, .warc/.warc.gz archives, -")
  private List<String> inputs;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Streams streams = parent.streams();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    InputResolver resolved = InputResolver.resolve(inputs);
    if (!resolved.errors().isEmpty()) {
      resolved.errors().forEach(streams.err()::println);
      return CasefileCli.NOTHING_DONE;
    }
    Casefile casefile = casefile();
    CountingInputStream counted = new CountingInputStream(streams.in());
    BufferedInputStream stdin = new BufferedInputStream(counted, 64 * 1024);
    Input single = resolved.single();
    // An archive holds many inputs, so it is written and summed up as several are.
    boolean several = resolved.several()
        || single != null && ArchiveHead.isArchive(casefile, single, stdin);
    // Both destinations are opened before any work, so that one that cannot be written stops the
    // run at once.
    try (LineSink articles = output == null ? LineSink.stdout(streams.out()) : LineSink.file(output);
        LineSink failureLog = failures == null ? null : LineSink.file(failures)) {
      RunStatus status = new RunStatus(streams.err(), several && streams.errIsTerminal(), start);
      Writer writer = new Writer(casefile, articles, failureLog, status);
      try {
        for (InputResolver.Segment segment : resolved.segments()) {
          if (segment.isStdin()) {
            try (Stream<ParseOutcome> outcomes = casefile.parseAll(stdin, SourceHint.none())) {
              writer.write(outcomes, true, jsonl || several);
            }
          } else {
            try (Stream<ParseOutcome> outcomes = casefile.parseAll(segment.paths(), workers)) {
              writer.write(outcomes, false, jsonl || several);
            }
          }
        }
      } finally {
        status.finish(several, several ? resolved.fileBytes() + counted.count() : 0);
      }
      return exitCode(status, streams);
    }
  }

  private static int exitCode(RunStatus status, Streams streams) {
    if (status.articles() == 0) {
      if (status.failures() == 0 && status.skips() == 0) {
        streams.err().println("casefile: no input files found");
        return CasefileCli.NOTHING_DONE;
      }
      // Skipped archive records are not rejections: an archive of images only rejects nothing.
      return status.failures() == 0 ? CasefileCli.OK : CasefileCli.NOTHING_DONE;
    }
    return status.failures() == 0 ? CasefileCli.OK : CasefileCli.SOME_REJECTED;
  }

  /** Build the facade: the formats found, or only the one {@code --format} names. */
  private Casefile casefile() {
    Casefile.Builder builder = Casefile.builder().extract(!noExtract);
    if (format.equals("auto")) {
      return builder.build();
    }
    List<SourceFormat> known = Casefile.defaults().formats();
    SourceFormat chosen = known.stream().filter(f -> f.name().equals(format)).findFirst()
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown format '" + format
            + "'; known: auto" + (known.isEmpty() ? "" : ", " + known.stream()
            .map(SourceFormat::name).collect(Collectors.joining(", ")))));
    return builder.formats(List.of(new ForcedFormat(chosen))).build();
  }

  /** Writes what each input gave, in input order, on the calling thread. */
  private final class Writer {
    private final Casefile casefile;
    private final LineSink articles;
    private final LineSink failureLog;
    private final RunStatus status;

    Writer(Casefile casefile, LineSink articles, LineSink failureLog, RunStatus status) {
      this.casefile = casefile;
      this.articles = articles;
      this.failureLog = failureLog;
      this.status = status;
    }

    /**
     * Write a segment's outcomes: JSON Lines, or for a run of one input that is not an archive,
     * its one article as an indented object (several articles of one file stay JSON Lines).
     */
    void write(Stream<ParseOutcome> outcomes, boolean stdin, boolean lines) {
      if (lines) {
        outcomes.forEach(outcome -> write(outcome, stdin, false));
        return;
      }
      // One input that is not an archive: its outcomes are few, held to choose the layout.
      List<ParseOutcome> all = outcomes.collect(Collectors.toList());
      boolean pretty = all.stream().filter(ParseOutcome::isArticle).count() == 1;
      all.forEach(outcome -> write(outcome, stdin, pretty));
    }

    private void write(ParseOutcome outcome, boolean stdin, boolean pretty) {
      if (outcome.article().isPresent()) {
        Article article = outcome.article().get();
        articles.line(pretty ? CasefileJson.toPrettyJson(article) : CasefileJson.toJson(article));
        status.article(outcome.input());
      } else if (outcome.failure().isPresent()) {
        reject(outcome.failure().get(), stdin);
      } else {
        status.skipped(outcome.skip().orElseThrow().reason());
      }
    }

    private void reject(Failure failure, boolean stdin) {
      // Records carry the input as the user named it: "-" for standard input itself (its records,
      // when it is an archive, keep their own names).
      Failure named = stdin && UNNAMED.contains(failure.input())
          ? ImmutableFailure.copyOf(failure).withInput(Input.STDIN) : failure;
      status.rejected(named.input(), named.reason(), named.exception());
      if (debug && !stdin) {
        printCause(named.input());
      }
      if (failureLog != null) {
        try {
          failureLog.line(FailureJson.WRITER.writeValueAsString(named));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write a failure record as JSON", e);
        }
      }
    }

    /**
     * Under --debug, print the stack trace behind a rejected file: failure records keep only the
     * exception's name, so the file is parsed again (parsing is deterministic) to get the exception
     * itself. Archive records are not parsed again.
     */
    private void printCause(String input) {
      Path file;
      try {
        file = Path.of(input);
      } catch (InvalidPathException e) {
        return;
      }
      if (!Files.isRegularFile(file)) {
        return;
      }
      try {
        casefile.parseEach(file);
      } catch (RuntimeException | IOException e) {
        e.printStackTrace(status.detail());
      }
    }
  }
}
