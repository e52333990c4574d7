package io.github.casefile.examples.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC 1.1 records by hand, each as its own gzip member, as crawlers do. Written without
 * jwarc on purpose: the reader is then tested against bytes it did not write.
 */
final class WarcOut {
  private final OutputStream out;
  private final SplittableRandom random;
  private long written;

  WarcOut(OutputStream out, SplittableRandom random) {
    this.out = out;
    this.random = random;
  }

  long written() {
    return written;
  }

  void warcinfo(String filename, Instant date) throws IOException {
    byte[] block = ("software: casefile-corpus\r\nformat: WARC File Format 1.1\r\n")
        .getBytes(StandardCharsets.UTF_8);
    record("warcinfo", null, date, "application/warc-fields", block,
        "WARC-Filename: " + filename + "\r\n");
  }

  void request(String uri, Instant date) throws IOException {
    String path = uri.replaceFirst("^https?://[^/]+", "");
    byte[] block = ("GET " + (path.isEmpty() ? "/" : path) + " HTTP/1.1\r\nHost: "
        + uri.replaceFirst("^https?://([^/]+).*$", "$1") + "\r\nUser-Agent: corpus\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    record("request", uri, date, "application/http; msgtype=request", block, "");
  }

  void response(String uri, Instant date, int status, String headers, byte[] payload)
      throws IOException {
    record("response", uri, date, "application/http; msgtype=response",
        responseBlock(status, headers, payload), "");
  }

  /** Return an HTTP response: status line, the given header lines, Content-Length, payload. */
  static byte[] responseBlock(int status, String headers, byte[] payload) {
    byte[] head = ("HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: "
        + payload.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] block = new byte[head.length + payload.length];
    System.arraycopy(head, 0, block, 0, head.length);
    System.arraycopy(payload, 0, block, head.length, payload.length);
    return block;
  }

  void metadata(String uri, Instant date) throws IOException {
    byte[] block = "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8);
    record("metadata", uri, date, "application/warc-fields", block, "");
  }

  /** Return one gzip member holding a record, for callers that damage it. */
  byte[] member(String type, String uri, Instant date, String contentType, byte[] block,
      String extraHeaders) throws IOException {
    String id = new UUID(random.nextLong(), random.nextLong()).toString();
    StringBuilder h = new StringBuilder("WARC/1.1\r\nWARC-Type: ").append(type)
        .append("\r\nWARC-Record-ID: <urn:uuid:").append(id).append(">\r\nWARC-Date: ")
        .append(date).append("\r\n").append(extraHeaders);
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ")
        .append(block.length).append("\r\n");
    return gzip(h.toString().getBytes(StandardCharsets.UTF_8), block);
  }

  private void record(String type, String uri, Instant date, String contentType, byte[] block,
      String extraHeaders) throws IOException {
    raw(member(type, uri, date, contentType, block, extraHeaders));
  }

  void raw(byte[] bytes) throws IOException {
    out.write(bytes);
    written += bytes.length;
  }

  private static byte[] gzip(byte[] header, byte[] block) throws IOException {
    ByteArrayOutputStream member = new ByteArrayOutputStream(block.length / 3 + 256);
    try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
      gz.write(header);
      gz.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      gz.write(block);
      gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    return member.toByteArray();
  }
}
