package io.github.casefile.cli;

/**
 * Ends a run that cannot go on (an output that cannot be written) with a one-line message and exit
 * code {@link CasefileCli#NOTHING_DONE}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
