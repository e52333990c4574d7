package io.github.casefile.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a small WARC in memory, one gzip member per record (or uncompressed): captures of HTML
 * pages with their requests, and the records a crawl holds beside them.
 */
final class WarcFixture {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
      13, 'I', 'H', 'D', 'R'};
  private static final String DATE = "2017-10-28T09:00:00Z";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;
  private int ids;

  WarcFixture(boolean gzip) {
    this.gzip = gzip;
  }

  WarcFixture warcinfo() {
    return record("warcinfo", null, "application/warc-fields", ascii("software: test\r\n"));
  }

  /** Add a request and a 200 response holding an HTML article. */
  WarcFixture page(String uri, String headline, String paragraph) {
    record("request", uri, "application/http; msgtype=request",
        ascii("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"));
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title></head>"
        + "<body><nav><a href=\"/\">Home</a></nav><article><h1>" + headline + "</h1><p>"
        + paragraph + "</p><p>A second paragraph of the report follows here.</p></article>"
        + "<footer>Copyright</footer></body></html>";
    return response(uri, 200, "Content-Type: text/html; charset=utf-8\r\n",
        html.getBytes(StandardCharsets.UTF_8));
  }

  WarcFixture image(String uri) {
    return response(uri, 200, "Content-Type: image/png\r\n", PNG);
  }

  WarcFixture robots(String uri) {
    return response(uri, 200, "Content-Type: text/plain\r\n", ascii("User-agent: *\n"));
  }

  WarcFixture redirect(String uri, String to) {
    return response(uri, 301, "Location: " + to + "\r\nContent-Type: text/html\r\n", new byte[0]);
  }

  /** Add a response record cut in half, as an interrupted download leaves the last one. */
  WarcFixture truncated(String uri) {
    byte[] record = bytesOf("response", uri, "application/http; msgtype=response",
        http(200, "Content-Type: text/html\r\n", ascii("<html><body><p>cut</p></body></html>")));
    write(Arrays.copyOf(record, record.length / 2));
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private WarcFixture response(String uri, int status, String headers, byte[] payload) {
    return record("response", uri, "application/http; msgtype=response",
        http(status, headers, payload));
  }

  private WarcFixture record(String type, String uri, String contentType, byte[] block) {
    write(bytesOf(type, uri, contentType, block));
    return this;
  }

  private byte[] bytesOf(String type, String uri, String contentType, byte[] block) {
    StringBuilder header = new StringBuilder("WARC/1.1\r\nWARC-Type: ").append(type)
        .append("\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-")
        .append(String.format("%012d", ++ids)).append(">\r\nWARC-Date: ").append(DATE)
        .append("\r\n");
    if (uri != null) {
      header.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    header.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ")
        .append(block.length).append("\r\n\r\n");
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes(ascii(header.toString()));
    record.writeBytes(block);
    record.writeBytes(ascii("\r\n\r\n"));
    return gzip ? gzip(record.toByteArray()) : record.toByteArray();
  }

  private void write(byte[] bytes) {
    out.writeBytes(bytes);
  }

  private static byte[] http(int status, String headers, byte[] payload) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(ascii("HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: "
        + payload.length + "\r\n\r\n"));
    block.writeBytes(payload);
    return block.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return member.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
