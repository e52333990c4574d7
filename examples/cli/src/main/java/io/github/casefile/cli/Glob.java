package io.github.casefile.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands a glob typed on the command line ({@code corpus/*.html}, {@code data/**.txt}) into the
 * regular files it matches, in sorted path order, for shells that pass patterns through unexpanded
 * (a quoted pattern, Windows). Paths keep the form typed, so relative names stay relative.
 */
final class Glob {
  private Glob() {}

  /** Tell whether an argument holds glob syntax. */
  static boolean isPattern(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * Return the regular files a pattern matches; directories are not matched, so that a file is
   * never listed twice.
   *
   * @throws IOException if the directory under the pattern cannot be listed
   * @throws IllegalArgumentException if the pattern is not a valid glob
   */
  static List<Path> expand(String pattern) throws IOException {
    String[] parts = pattern.split("/", -1);
    int first = 0;
    while (first < parts.length && !isPattern(parts[first])) {
      first++;
    }
    String base = String.join("/", List.of(parts).subList(0, first));
    if (base.isEmpty() && first > 0) {
      base = "/";
    }
    boolean anyDepth = List.of(parts).subList(first, parts.length).stream()
        .anyMatch(part -> part.contains("**"));
    int depth = anyDepth ? Integer.MAX_VALUE : parts.length - first;
    Path root = Path.of(base);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root, depth)) {
      return walk.filter(path -> matcher.matches(path) && Files.isRegularFile(path))
          .sorted()
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
