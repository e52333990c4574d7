package io.github.casefile.parsers.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Cuts an uncompressed WARC into records by their Content-Length, checking that each ends with the
 * blank lines WARC puts after a record. A record whose Content-Length does not end it (too short,
 * too long) is reported, and reading resynchronises at the next line that starts with {@code
 * WARC/1.}: a damaged record costs itself, not the rest of the file, as a damaged gzip member does.
 *
 * <p>A record's body is held in memory only when it is at most the input limit; a larger one is
 * streamed to the reader (which refuses it by its declared size) and skipped.
 */
final class PlainRecords {
  private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  /** WARC headers are a few hundred bytes; a longer one is not a header. */
  private static final int MAX_HEADER = 64 * 1024;

  private final InputStream in;
  private final long maxBody;
  private byte[] pending = new byte[0];
  private int pendingAt;
  private long skipAfter = -1;
  private boolean resync;
  private boolean atEnd;

  /** What {@link #next()} found: a record to read, a damaged record, or the end. */
  static final class Chunk {
    final InputStream record;
    final String damaged;
    final String target;

    private Chunk(InputStream record, String damaged, String target) {
      this.record = record;
      this.damaged = damaged;
      this.target = target;
    }
  }

  PlainRecords(InputStream in, long maxBody) {
    this.in = in;
    this.maxBody = maxBody;
  }

  /**
   * Return the next record, a damaged one with what is wrong, or null at the end.
   *
   * @throws IOException if the stream cannot be read
   */
  Chunk next() throws IOException {
    finishStreamed();
    boolean inStep = !resync;
    long junk = findHeader();
    if (inStep && junk > 0) {
      // Nothing is skipped in silence: bytes where a record should start are reported once.
      return new Chunk(null, junk + " bytes that are not a WARC record were skipped", null);
    }
    if (atEnd) {
      return null;
    }
    byte[] header = readHeader();
    if (header == null) {
      resync = true;
      return new Chunk(null, "the WARC header has no end within " + MAX_HEADER + " bytes",
          null);
    }
    String target = field(header, "warc-target-uri");
    long length = contentLength(header);
    if (length < 0) {
      resync = true;
      return new Chunk(null, "the WARC header has no valid Content-Length", target);
    }
    if (length > maxBody) {
      // Too large to hold: the reader sees the declared size and refuses it; the body is then
      // skipped without being read into memory.
      skipAfter = length;
      return new Chunk(new SequenceInputStream(new ByteArrayInputStream(header),
          new Bounded(this)), null, target);
    }
    byte[] body = readN((int) length);
    byte[] end = readN(END.length);
    if (body.length == length && java.util.Arrays.equals(end, END)) {
      return new Chunk(new ByteArrayInputStream(concat(header, body, end)), null, target);
    }
    // Scan for the next header from just after this one: a Content-Length too long swallowed it.
    unread(concat(body, end, new byte[0]));
    resync = true;
    return new Chunk(null, "its Content-Length (" + length + ") does not end the record; reading"
        + " resumed at the next WARC/1. header", target);
  }

  /** Skip what is left of a streamed large body and check its end. */
  private void finishStreamed() throws IOException {
    if (skipAfter < 0) {
      return;
    }
    while (skipAfter > 0 && read() >= 0) {
      skipAfter--;
    }
    skipAfter = -1;
    byte[] end = readN(END.length);
    if (!java.util.Arrays.equals(end, END)) {
      unread(end);
      resync = true;
    }
  }

  /**
   * Position at the next line that starts with {@code WARC/1.}, skipping blank lines and anything
   * else before it, or to the end of the stream ({@link #atEnd}). Return how many other bytes were
   * skipped.
   */
  private long findHeader() throws IOException {
    boolean lineStart = true;
    int matched = 0;
    long junk = 0;
    resync = false;
    while (true) {
      int b = read();
      if (b < 0) {
        atEnd = true;
        return junk;
      }
      if (matched > 0 || lineStart && b == MAGIC[0]) {
        if (b == MAGIC[matched]) {
          matched++;
          if (matched == MAGIC.length) {
            unread(MAGIC);
            return junk;
          }
          continue;
        }
        junk += matched;
        matched = 0;
      }
      if (b != '\r' && b != '\n') {
        junk++;
      }
      lineStart = b == '\n';
    }
  }

  private byte[] readHeader() throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream(512);
    int tail = 0;
    while (header.size() < MAX_HEADER) {
      int b = read();
      if (b < 0) {
        return null;
      }
      header.write(b);
      tail = b == END[tail] ? tail + 1 : b == '\r' ? 1 : 0;
      if (tail == END.length) {
        return header.toByteArray();
      }
    }
    return null;
  }

  private static long contentLength(byte[] header) {
    String value = field(header, "content-length");
    if (value == null || value.isEmpty() || value.length() > 18) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(value);
  }

  private static String field(byte[] header, String name) {
    for (String line : new String(header, StandardCharsets.ISO_8859_1).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private int read() throws IOException {
    if (pendingAt < pending.length) {
      return pending[pendingAt++] & 0xFF;
    }
    return in.read();
  }

  private byte[] readN(int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, 1 << 16));
    while (out.size() < n && pendingAt < pending.length) {
      out.write(pending[pendingAt++]);
    }
    out.writeBytes(in.readNBytes(n - out.size()));
    return out.toByteArray();
  }

  private void unread(byte[] bytes) {
    byte[] rest = java.util.Arrays.copyOfRange(pending, pendingAt, pending.length);
    pending = concat(bytes, rest, new byte[0]);
    pendingAt = 0;
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] all = new byte[a.length + b.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    System.arraycopy(c, 0, all, a.length + b.length, c.length);
    return all;
  }

  /** The first {@code length} bytes of a large body, read through the splitter. */
  private static final class Bounded extends InputStream {
    private final PlainRecords records;

    Bounded(PlainRecords records) {
      this.records = records;
    }

    @Override
    public int read() throws IOException {
      if (records.skipAfter <= 0) {
        return -1;
      }
      int b = records.read();
      if (b >= 0) {
        records.skipAfter--;
      }
      return b;
    }
  }
}
