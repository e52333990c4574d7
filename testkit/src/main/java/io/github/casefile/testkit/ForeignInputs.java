package io.github.casefile.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Small inputs of well-known kinds that a source format must not claim unless it reads that kind:
 * the defaults of {@link SourceFormatContract#foreignInputs()}. A format that reads one of these
 * kinds leaves it out of its own list.
 */
public final class ForeignInputs {
  private ForeignInputs() {}

  /**
   * Return an HTML page with an article in it.
   *
   * @return UTF-8 bytes
   */
  public static byte[] htmlPage() {
    return utf8("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Border arrests</title></head>\n<body><article><h1>Border arrests</h1>"
        + "<p>Police arrested eight people near the border last month.</p></article></body>"
        + "</html>\n");
  }

  /**
   * Return a JSON object that is not a Casefile article.
   *
   * @return UTF-8 bytes
   */
  public static byte[] jsonObject() {
    return utf8("{\"name\": \"casefile\", \"version\": 3, \"tags\": [\"a\", \"b\"],"
        + " \"nested\": {\"ok\": true, \"value\": null}}\n");
  }

  /**
   * Return a WARC record header with a short response body.
   *
   * @return the bytes of one uncompressed record
   */
  public static byte[] warcHeader() {
    String body = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello";
    return utf8("WARC/1.1\r\nWARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:7a9c7d7e-4a4f-4b8a-9a62-3c3f0e6b2f11>\r\n"
        + "WARC-Date: 2017-10-27T05:52:00Z\r\n"
        + "WARC-Target-URI: http://example.org/\r\n"
        + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + body.length() + "\r\n\r\n" + body + "\r\n\r\n");
  }

  /**
   * Return the signature and header chunk of a PNG image.
   *
   * @return PNG bytes
   */
  public static byte[] pngHeader() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
  }

  /**
   * Return a few sentences of plain prose with no headline or byline.
   *
   * @return UTF-8 bytes
   */
  public static byte[] plainProse() {
    return utf8("It was raining when the meeting began. Nobody had brought the minutes, so the"
        + " chair read them from memory.\n\nAfterwards everyone went home.\n");
  }

  /**
   * Return every foreign input above.
   *
   * @return the HTML page, JSON object, WARC header, PNG header and plain prose
   */
  public static List<byte[]> all() {
    return List.of(htmlPage(), jsonObject(), warcHeader(), pngHeader(), plainProse());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
