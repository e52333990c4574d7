package io.github.casefile.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Reports a usage error in two lines (what is wrong, where to read more) instead of the manual. */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("casefile: " + ex.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return CasefileCli.NOTHING_DONE;
  }
}
