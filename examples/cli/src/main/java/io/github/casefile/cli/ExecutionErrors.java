package io.github.casefile.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports what stopped a run in one line; the stack trace follows only with {@code --debug}, since
 * users need the reason and developers the trace.
 */
final class ExecutionErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    String message = ex instanceof CliException
        ? ex.getMessage()
        : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    err.println("casefile: " + message);
    if (debug(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return CasefileCli.NOTHING_DONE;
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
