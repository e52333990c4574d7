package io.github.casefile.cli;

import io.github.casefile.Casefile;
import io.github.casefile.spi.ArchiveFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * Tells whether the one input of a run is an archive, from its first bytes and name, as {@code
 * parseAll} decides: an archive's records are written as JSON Lines and summed up as several
 * inputs are.
 */
final class ArchiveHead {
  private ArchiveHead() {}

  /**
   * Tell whether an input is an archive that some archive format claims.
   *
   * @param casefile the facade whose archive formats decide
   * @param input the input
   * @param stdin standard input, peeked (marked and reset) when the input is {@code -}
   * @return true for an archive; false when it is not one or cannot be read (its failure is then
   *     reported when it is parsed)
   */
  static boolean isArchive(Casefile casefile, Input input, BufferedInputStream stdin) {
    byte[] head;
    try {
      if (input.isStdin()) {
        stdin.mark(ArchiveFormat.HEAD_BYTES);
        head = stdin.readNBytes(ArchiveFormat.HEAD_BYTES);
        stdin.reset();
      } else {
        try (InputStream in = Files.newInputStream(input.path())) {
          head = in.readNBytes(ArchiveFormat.HEAD_BYTES);
        }
      }
    } catch (IOException e) {
      return false;
    }
    String name = input.isStdin() ? null : input.name();
    for (ArchiveFormat format : casefile.archiveFormats()) {
      try {
        if (format.detect(head, name) > 0) {
          return true;
        }
      } catch (RuntimeException e) {
        // A detector that fails on odd input does not claim it, as in parseAll.
      }
    }
    return false;
  }
}
