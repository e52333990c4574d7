package io.github.casefile.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code casefile} command: {@code parse}, {@code formats} and {@code schema}.
 *
 * <p>Exit codes: 0 when every input gave an article, 1 when some inputs were rejected, 2 when
 * nothing could be done (a usage error, a missing input, every input rejected, output that cannot
 * be written).
 */
@Command(
    name = "casefile",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns human-rights news reporting into typed JSON records.",
    subcommands = {ParseCommand.class, FormatsCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input gave an article",
        "1:some inputs were rejected; the others were written",
        "2:nothing could be done (usage error, missing input, every input rejected, output not"
            + " writable)"})
public final class CasefileCli implements Callable<Integer> {
  /** Exit code when every input gave an article. */
  public static final int OK = 0;
  /** Exit code when some inputs were rejected and the others were written. */
  public static final int SOME_REJECTED = 1;
  /** Exit code when nothing could be done. */
  public static final int NOTHING_DONE = 2;

  private final Streams streams;

  @Spec
  private CommandSpec spec;

  CasefileCli(Streams streams) {
    this.streams = streams;
  }

  /**
   * Run the command and exit with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // System.console() is null when standard input or output is redirected; that is close enough
    // to "standard error is not a terminal" for deciding whether to draw a progress line.
    Streams streams = new Streams(System.in, System.out, System.err, System.console() != null);
    System.exit(run(streams, args));
  }

  /**
   * Run the command in this JVM with the given streams, as {@link #main} does with the standard
   * ones.
   *
   * @param in standard input, read when an input is {@code -}
   * @param out standard output, written as UTF-8
   * @param err standard error
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(new Streams(in, out, err, false), args);
  }

  static int run(Streams streams, String... args) {
    PrintStream out = streams.out();
    PrintStream err = streams.err();
    CommandLine commandLine = new CommandLine(new CasefileCli(streams));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(new UsageErrors());
    commandLine.setExecutionExceptionHandler(new ExecutionErrors());
    return commandLine.execute(args);
  }

  /** Return the streams the subcommands read and write. */
  Streams streams() {
    return streams;
  }

  /**
   * Print the usage to standard error: a command is required.
   *
   * @return {@link #NOTHING_DONE}
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return NOTHING_DONE;
  }
}
