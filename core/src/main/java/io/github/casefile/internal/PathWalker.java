package io.github.casefile.internal;

import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks files and directories lazily, in sorted path order, depth first. A directory that cannot be
 * listed is yielded as itself, so that reading it fails visibly rather than being skipped.
 */
public final class PathWalker {
  private PathWalker() {}

  /**
   * Return the files under the given roots; a root that is a file is yielded as is.
   *
   * @param roots the files and directories
   * @return the files, lazily
   */
  public static Stream<Path> walk(List<Path> roots) {
    Iterator<Path> files = new Iterator<>() {
      private final Deque<Path> pending = new ArrayDeque<>(roots);
      private Path next;

      @Override
      public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
          Path path = pending.pollFirst();
          if (Files.isDirectory(path)) {
            List<Path> children = list(path);
            if (children == null) {
              next = path;
            } else {
              for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
              }
            }
          } else {
            next = path;
          }
        }
        return next != null;
      }

      @Override
      public Path next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Path result = next;
        next = null;
        return result;
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(files, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static List<Path> list(Path directory) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      stream.forEach(children::add);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
    children.sort(null);
    return children;
  }

  /**
   * Read a file, refusing one larger than {@link Limits#maxInputBytes()} before reading it.
   *
   * @param path the file
   * @param limits the limits
   * @return its bytes
   * @throws IOException if it cannot be read (a directory that could not be listed included)
   * @throws LimitExceededException if it is too large
   */
  public static byte[] readBounded(Path path, Limits limits) throws IOException {
    long size = Files.size(path);
    if (size > limits.maxInputBytes()) {
      throw new LimitExceededException(path.toString(), "maxInputBytes", limits.maxInputBytes(),
          "the file has " + size + " bytes");
    }
    return Files.readAllBytes(path);
  }
}
