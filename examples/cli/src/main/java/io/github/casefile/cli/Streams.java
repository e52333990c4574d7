package io.github.casefile.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams of one run, so that tests can run the command in-process, and whether
 * standard error is a terminal (progress is shown only there).
 */
record Streams(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {}
