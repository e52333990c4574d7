package io.github.casefile.cli;

import io.github.casefile.internal.PathWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the inputs named on the command line before any work starts, and turns them into the
 * inputs of the run: files as named, directories walked recursively in sorted path order, globs
 * expanded, {@code -} for standard input.
 */
final class InputResolver {
  private final List<String> errors = new ArrayList<>();
  private final List<Root> roots = new ArrayList<>();
  private boolean several;

  private InputResolver() {}

  /**
   * Check every named input; collect one error line for each that does not exist.
   *
   * @param named the arguments as typed
   * @return the resolver holding the inputs or the errors
   */
  static InputResolver resolve(List<String> named) {
    InputResolver resolver = new InputResolver();
    resolver.several = named.size() > 1;
    boolean stdinSeen = false;
    for (String name : named) {
      if (name.equals(Input.STDIN)) {
        if (stdinSeen) {
          resolver.errors.add("-: standard input can be named only once");
        }
        stdinSeen = true;
        resolver.add(Input.stdin(), false);
      } else {
        resolver.resolveNamed(name);
      }
    }
    return resolver;
  }

  private void resolveNamed(String name) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      errors.add(name + ": not a valid path (" + e.getReason() + ")");
      return;
    }
    if (Files.isDirectory(path)) {
      several = true;
      add(new Input(name, path), true);
    } else if (Files.exists(path)) {
      add(new Input(name, path), false);
    } else if (Glob.isPattern(name)) {
      several = true;
      expand(name);
    } else {
      errors.add(name + ": no such file or directory");
    }
  }

  private void expand(String pattern) {
    List<Path> matches;
    try {
      matches = Glob.expand(pattern);
    } catch (IOException | IllegalArgumentException e) {
      errors.add(pattern + ": cannot expand the pattern (" + e.getMessage() + ")");
      return;
    }
    if (matches.isEmpty()) {
      errors.add(pattern + ": no file matches the pattern");
    }
    for (Path match : matches) {
      add(new Input(match.toString(), match), false);
    }
  }

  private void add(Input input, boolean isDirectory) {
    roots.add(new Root(input, isDirectory));
  }

  /** Return one line per named input that cannot be used, empty when all can. */
  List<String> errors() {
    return List.copyOf(errors);
  }

  /**
   * Tell whether the run has several inputs (several named, a directory or a glob), which makes the
   * output JSON Lines.
   */
  boolean several() {
    return several;
  }

  /**
   * Return the inputs cut into segments that one {@code parseAll} call each reads, in order: runs
   * of files and directories, and standard input on its own.
   */
  List<Segment> segments() {
    List<Segment> segments = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (Root root : roots) {
      if (root.input().isStdin()) {
        if (!paths.isEmpty()) {
          segments.add(new Segment(List.copyOf(paths)));
          paths.clear();
        }
        segments.add(new Segment(null));
      } else {
        paths.add(root.input().path());
      }
    }
    if (!paths.isEmpty()) {
      segments.add(new Segment(List.copyOf(paths)));
    }
    return segments;
  }

  /** Return the only input of a run that is not {@link #several()}; null for several. */
  Input single() {
    return several || roots.size() != 1 ? null : roots.get(0).input();
  }

  /**
   * Return the bytes of every file the run reads, directories walked; standard input not included.
   */
  long fileBytes() {
    List<Path> paths = new ArrayList<>();
    roots.stream().filter(root -> !root.input().isStdin())
        .forEach(root -> paths.add(root.input().path()));
    try (Stream<Path> files = PathWalker.walk(paths)) {
      return files.mapToLong(InputResolver::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      // A file that vanished counts nothing; only a rate depends on the total.
      return 0;
    }
  }

  /**
   * Files and directories read by one {@code parseAll(paths, threads)} call, or standard input.
   *
   * @param paths the files and directories in order, or null for standard input
   */
  record Segment(List<Path> paths) {
    boolean isStdin() {
      return paths == null;
    }
  }

  /** A named input, or one a glob matched; a directory is walked when the run reaches it. */
  private record Root(Input input, boolean directory) {}
}
