package io.github.casefile.spi;

import io.github.casefile.Limits;
import java.io.InputStream;
import java.util.Iterator;

/**
 * An archive format: a container of many inputs, such as a WARC file of crawled pages. Casefile
 * expands an archive record by record, lazily, and parses every record that holds an article with
 * the {@link SourceFormat}s; records that hold no article are counted as skipped, with a reason.
 *
 * <p>Implementations are stateless and thread-safe, have a public no-argument constructor, and are
 * registered in {@code META-INF/services/io.github.casefile.spi.ArchiveFormat}. The caller owns the
 * stream: the format reads it and never closes it.
 */
public interface ArchiveFormat {
  /** How many bytes {@link #detect} is given at most. */
  int HEAD_BYTES = 4096;

  /**
   * Return the format's name, as {@code casefile formats} lists it.
   *
   * @return a short lower-case name such as {@code "warc"}
   */
  String name();

  /**
   * Return one line that says what the format reads, what becomes an article and what is skipped.
   *
   * @return the description
   */
  String description();

  /**
   * Tell how sure the format is that an input is one of its archives, looking at the first bytes
   * first, then at the name. Detection must be cheap and must not throw.
   *
   * @param head the first {@value #HEAD_BYTES} bytes at most (fewer when the input is shorter)
   * @param name the input's name, or null
   * @return 0 when the input is not such an archive, up to 100 when certain
   */
  int detect(byte[] head, String name);

  /**
   * Read the archive's entries lazily, one record in memory at a time. The iterator never throws
   * for bad content or I/O: a record that cannot be read becomes a {@link ArchiveEntry.Kind#FAILED}
   * entry and the iterator moves on to the next record, or ends when no next record can be found.
   *
   * @param in the archive's bytes, positioned at its start; not closed by the format
   * @param archiveName the archive's name, for entries that have no name of their own; may be null
   * @param limits the limits: a record's body is bounded by {@link Limits#maxInputBytes()} and
   *     decompression by {@link Limits#maxInflatedBytes()}
   * @return the entries
   * @throws NullPointerException if {@code in} or {@code limits} is null
   */
  Iterator<ArchiveEntry> entries(InputStream in, String archiveName, Limits limits);
}
