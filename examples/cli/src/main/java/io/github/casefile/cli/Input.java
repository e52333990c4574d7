package io.github.casefile.cli;

import java.nio.file.Path;

/**
 * One input of a run: a file, named as typed or as found under a directory, or standard input.
 *
 * @param name the name used in messages, failure records and {@code source.uri}
 * @param path the file, or null for standard input
 */
record Input(String name, Path path) {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  static Input stdin() {
    return new Input(STDIN, null);
  }

  boolean isStdin() {
    return path == null;
  }
}
