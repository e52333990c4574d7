package io.github.casefile.internal;

import io.github.casefile.spi.ArchiveFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The archive formats of one {@code Casefile}, ordered as {@link FormatRegistry} orders source
 * formats: formats from outside Casefile first, and one of them replaces a built-in of its name.
 */
public final class ArchiveRegistry {
  private static final String BUILT_IN_PREFIX = "io.github.casefile.";

  private final List<ArchiveFormat> formats;

  private ArchiveRegistry(List<ArchiveFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /**
   * Load every archive format registered with {@link ServiceLoader} in a class loader.
   *
   * @param loader the class loader to search
   * @return the registry
   * @throws IllegalStateException if a registered format cannot be loaded
   */
  public static ArchiveRegistry load(ClassLoader loader) {
    List<ArchiveFormat> found = new ArrayList<>();
    try {
      for (ArchiveFormat format : ServiceLoader.load(ArchiveFormat.class, loader)) {
        found.add(format);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a registered archive format cannot be loaded", e);
    }
    return of(found);
  }

  /**
   * Make a registry of the given formats, ordered and deduplicated by name.
   *
   * @param candidates the formats
   * @return the registry
   */
  public static ArchiveRegistry of(List<ArchiveFormat> candidates) {
    Map<String, ArchiveFormat> byName = new LinkedHashMap<>();
    for (ArchiveFormat format : candidates) {
      if (!format.getClass().getName().startsWith(BUILT_IN_PREFIX)) {
        byName.putIfAbsent(format.name(), format);
      }
    }
    for (ArchiveFormat format : candidates) {
      byName.putIfAbsent(format.name(), format);
    }
    return new ArchiveRegistry(new ArrayList<>(byName.values()));
  }

  /**
   * Return the formats in order.
   *
   * @return the formats
   */
  public List<ArchiveFormat> formats() {
    return formats;
  }

  /**
   * Choose the archive format of an input from its first bytes and its name.
   *
   * @param head the first bytes
   * @param name the name, or null
   * @return the most confident format, or empty when the input is not an archive
   */
  public Optional<ArchiveFormat> choose(byte[] head, String name) {
    ArchiveFormat best = null;
    int bestScore = 0;
    for (ArchiveFormat format : formats) {
      int score;
      try {
        score = format.detect(head, name);
      } catch (RuntimeException e) {
        // A detector that fails on odd input simply does not claim it.
        score = 0;
      }
      if (score > bestScore) {
        best = format;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Read the first bytes of a stream for detection and rewind it.
   *
   * @param in a stream that supports mark and reset
   * @return up to {@link ArchiveFormat#HEAD_BYTES} bytes
   * @throws IOException if the stream cannot be read
   */
  public static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(ArchiveFormat.HEAD_BYTES);
    byte[] head = in.readNBytes(ArchiveFormat.HEAD_BYTES);
    in.reset();
    return head;
  }
}
