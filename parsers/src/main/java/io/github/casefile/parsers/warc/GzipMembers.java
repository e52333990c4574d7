package io.github.casefile.parsers.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Reads a gzip file member by member, so that a WARC reader can restart at the next member (the
 * next record, in a record-per-member WARC) after a record it could not read. Each member inflates
 * through its own stream, which refuses to give more than a set number of bytes: a small member
 * that would inflate to gigabytes stops early instead of being inflated to its end.
 *
 * <p>Not thread-safe; one reader per archive.
 */
final class GzipMembers {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  /** Thrown when a member inflates beyond the limit. */
  static final class InflateLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    InflateLimitException(String message) {
      super(message);
    }
  }

  private final InputStream in;
  private final long maxInflated;
  private final byte[] buffer = new byte[64 * 1024];
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private int position;
  private int limit;
  private Member current;
  private int members;
  private boolean broken;

  GzipMembers(InputStream in, long maxInflated) {
    this.in = in;
    this.maxInflated = maxInflated;
  }

  /**
   * Move to the next member, draining the rest of the current one first.
   *
   * @return the next member's inflated bytes, or null after the last member or once the archive
   *     was found truncated or corrupt, as no later member can be found then
   * @throws IOException if the archive is truncated, corrupt or inflates beyond the limit
   */
  InputStream next() throws IOException {
    if (broken) {
      return null;
    }
    try {
      if (current != null) {
        current.drain();
        current = null;
      }
      if (!fill()) {
        return null;
      }
      readHeader();
    } catch (IOException e) {
      broken = true;
      throw e;
    }
    members++;
    inflater.reset();
    crc.reset();
    current = new Member();
    return current;
  }

  /**
   * Return how many members were started.
   *
   * @return the count
   */
  int members() {
    return members;
  }

  /** Release the inflater's native memory. */
  void end() {
    inflater.end();
  }

  private void readHeader() throws IOException {
    if (readByte() != 0x1f || readByte() != 0x8b) {
      throw new ZipException("the bytes after gzip member " + members + " are not a gzip member");
    }
    if (readByte() != 8) {
      throw new ZipException("gzip member " + (members + 1) + " is not deflated");
    }
    int flags = readByte();
    skip(6);
    if ((flags & FEXTRA) != 0) {
      skip(readByte() | readByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (readByte() != 0) {
      // The name and comment are not needed.
    }
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      readByte();
    }
  }

  private int readByte() throws IOException {
    if (!fill()) {
      throw new EOFException("the archive ends inside gzip member " + (members + 1)
          + ": it is truncated");
    }
    return buffer[position++] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** The inflated bytes of one member; at its end the trailer's CRC and size are checked. */
  private final class Member extends InputStream {
    private long inflated;
    private boolean finished;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (finished || current != this || broken) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      try {
        return inflate(b, off, len);
      } catch (IOException e) {
        broken = true;
        throw e;
      }
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
      while (true) {
        if (inflater.needsInput()) {
          if (!fill()) {
            throw new EOFException("the archive ends inside gzip member " + members
                + ": it is truncated");
          }
          inflater.setInput(buffer, position, limit - position);
          position = limit;
        }
        int n;
        try {
          n = inflater.inflate(b, off, len);
        } catch (DataFormatException e) {
          throw new ZipException("gzip member " + members + " is corrupt: " + e.getMessage());
        }
        if (n > 0) {
          crc.update(b, off, n);
          inflated += n;
          if (inflated > maxInflated) {
            throw new InflateLimitException("gzip member " + members + " inflates to more than "
                + maxInflated + " bytes");
          }
        }
        if (inflater.finished()) {
          // Hand the bytes the inflater did not use back to the buffer, then read the trailer.
          position = limit - inflater.getRemaining();
          readTrailer();
          finished = true;
          return n > 0 ? n : -1;
        }
        if (n > 0) {
          return n;
        }
        if (inflater.needsDictionary()) {
          throw new ZipException("gzip member " + members + " needs a preset dictionary");
        }
      }
    }

    private void readTrailer() throws IOException {
      long expectedCrc = readInt();
      long expectedSize = readInt();
      if (expectedCrc != crc.getValue() || expectedSize != (inflated & 0xFFFFFFFFL)) {
        throw new ZipException("gzip member " + members + " fails its CRC or size check");
      }
    }

    private long readInt() throws IOException {
      return (readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24);
    }

    void drain() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // Inflating is the only way to find where the member ends.
      }
    }
  }
}
