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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        "INPUT is a file, a directory (walked recursively in sorted order), a glob, or - for"
            + " standard input. One input file prints one JSON object; several inputs, a"
            + " directory or a glob print JSON Lines."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input gave an article",
        "1:some inputs were rejected (one line each on standard error); the others were written",
        "2:nothing could be done: usage error, missing input, every input rejected, or the output"
            + " cannot be written"})
final class ParseCommand implements Callable<Integer> {
  private static final ObjectWriter FAILURE_WRITER = CasefileJson.mapper().writer();

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

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, globs, -")
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
    Casefile casefile = Casefile.builder().extract(!noExtract).build();
    SourceHint hint = hint(casefile);
    boolean lines = jsonl || resolved.several();
    InputParser parser = new InputParser(casefile, hint, streams.in(), debug);
    // Both destinations are opened before any work, so that one that cannot be written stops the
    // run at once.
    try (LineSink articles = output == null ? LineSink.stdout(streams.out()) : LineSink.file(output);
        LineSink failureLog = failures == null ? null : LineSink.file(failures);
        Stream<Input> run = resolved.inputs()) {
      boolean several = resolved.several();
      RunStatus status = new RunStatus(streams.err(), several && streams.errIsTerminal(), start);
      Writer writer = new Writer(articles, failureLog, status);
      Iterator<Input> items = run.iterator();
      try {
        if (lines) {
          OrderedPipeline.run(items, workers, parser, writer::lines);
        } else {
          OrderedPipeline.run(items, 1, parser, writer::single);
        }
      } finally {
        status.finish(several);
      }
      return exitCode(status, streams);
    }
  }

  private static int exitCode(RunStatus status, Streams streams) {
    if (status.articles() == 0) {
      if (status.failures() == 0) {
        streams.err().println("casefile: no input files found");
      }
      return CasefileCli.NOTHING_DONE;
    }
    return status.failures() == 0 ? CasefileCli.OK : CasefileCli.SOME_REJECTED;
  }

  private SourceHint hint(Casefile casefile) {
    if (format.equals("auto")) {
      return SourceHint.none();
    }
    List<String> names = casefile.formats().stream().map(SourceFormat::name)
        .collect(Collectors.toList());
    if (!names.contains(format)) {
      throw new ParameterException(spec.commandLine(), "unknown format '" + format
          + "'; known: auto" + (names.isEmpty() ? "" : ", " + String.join(", ", names)));
    }
    return SourceHint.builder().format(format).build();
  }

  /** Writes what each input gave, in input order, on the calling thread. */
  private final class Writer {
    private final LineSink articles;
    private final LineSink failureLog;
    private final RunStatus status;

    Writer(LineSink articles, LineSink failureLog, RunStatus status) {
      this.articles = articles;
      this.failureLog = failureLog;
      this.status = status;
    }

    /** Write one JSON line per article. */
    void lines(InputParser.Parsed parsed) {
      List<Article> found = articlesOf(parsed);
      found.forEach(article -> articles.line(CasefileJson.toJson(article)));
      status.inputDone(found.size());
    }

    /** Write the one input's article as one indented object; several articles as JSON Lines. */
    void single(InputParser.Parsed parsed) {
      List<Article> found = articlesOf(parsed);
      if (found.size() == 1) {
        articles.line(CasefileJson.toPrettyJson(found.get(0)));
      } else {
        found.forEach(article -> articles.line(CasefileJson.toJson(article)));
      }
      status.inputDone(found.size());
    }

    private List<Article> articlesOf(InputParser.Parsed parsed) {
      List<Article> found = new ArrayList<>(parsed.outcomes().size());
      for (ParseOutcome outcome : parsed.outcomes()) {
        outcome.article().ifPresent(found::add);
        outcome.failure().ifPresent(failure -> reject(parsed, failure));
      }
      return found;
    }

    private void reject(InputParser.Parsed parsed, Failure failure) {
      // Records carry the input as the user named it: "-" for standard input.
      Failure named = ImmutableFailure.copyOf(failure).withInput(parsed.input().name());
      status.rejected(named.input(), named.reason());
      if (parsed.cause() != null) {
        parsed.cause().printStackTrace(status.detail());
      }
      if (failureLog != null) {
        try {
          failureLog.line(FAILURE_WRITER.writeValueAsString(named));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write a failure record as JSON", e);
        }
      }
    }
  }
}
