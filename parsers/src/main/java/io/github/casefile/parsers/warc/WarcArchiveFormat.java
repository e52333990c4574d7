package io.github.casefile.parsers.warc;

import io.github.casefile.Limits;
import io.github.casefile.spi.ArchiveEntry;
import io.github.casefile.spi.ArchiveFormat;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * WARC web archives, plain or gzip ({@code .warc}, {@code .warc.gz}), such as Common Crawl's news
 * crawl. Response records with an HTTP 2xx payload of HTML or text, and resource records of those
 * types, become articles, named by their WARC-Target-URI, dated by their WARC-Date ({@code
 * source.retrieved}), and decoded with the charset of their Content-Type header. Every other record
 * is skipped with a reason: {@code "request record"}, {@code "warcinfo record"}, {@code "metadata
 * record"}, {@code "revisit record"} (any non-capture type gives {@code "<type> record"}), {@code
 * "robots.txt"}, {@code "redirect"}, {@code "http error status"}, {@code "image"}, {@code "non-html
 * media type"} or {@code "non-http response"}.
 *
 * <p>A record whose body is larger than {@link Limits#maxInputBytes()}, a record that cannot be
 * parsed (a bad Content-Length, a broken HTTP header) and a truncated or corrupt gzip member become
 * failures, and reading goes on at the next gzip member (in an uncompressed WARC, at the next line
 * that starts with {@code WARC/1.}). A gzip member that inflates to more than
 * {@link Limits#maxInflatedBytes()} is refused as soon as it passes the limit and ends the archive,
 * since its end cannot be found without inflating it.
 */
public final class WarcArchiveFormat implements ArchiveFormat {
  private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /** Create the format; it holds no state. */
  public WarcArchiveFormat() {}

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public String description() {
    return "WARC archives (.warc, .warc.gz), detected by the 'WARC/' version line, gzip or not: "
        + "HTML and text responses become articles; requests, redirects, images, robots.txt and "
        + "other records are skipped and counted by reason";
  }

  @Override
  public int detect(byte[] head, String name) {
    if (startsWithMagic(head, head.length)) {
      return 100;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) {
      byte[] inflated = inflateHead(head);
      if (inflated != null && startsWithMagic(inflated, inflated.length)) {
        return 100;
      }
      String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
      // A head too short to inflate still counts when the name says it is a WARC.
      return inflated == null && lower.endsWith(".warc.gz") ? 50 : 0;
    }
    return 0;
  }

  @Override
  public Iterator<ArchiveEntry> entries(java.io.InputStream in, String archiveName,
      Limits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    return new WarcEntries(in, archiveName, limits);
  }

  private static boolean startsWithMagic(byte[] bytes, int length) {
    if (length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** Inflate the first bytes of a gzip head; null when they cannot be inflated. */
  private static byte[] inflateHead(byte[] head) {
    int offset = headerLength(head);
    if (offset < 0) {
      return null;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(head, offset, head.length - offset);
      byte[] out = new byte[MAGIC.length];
      int n = inflater.inflate(out);
      return n == out.length ? out : null;
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  private static int headerLength(byte[] head) {
    if (head.length < 10 || head[2] != 8) {
      return -1;
    }
    int flags = head[3] & 0xFF;
    int offset = 10;
    if ((flags & 4) != 0) {
      if (head.length < offset + 2) {
        return -1;
      }
      offset += 2 + ((head[offset] & 0xFF) | (head[offset + 1] & 0xFF) << 8);
    }
    for (int flag : new int[] {8, 16}) {
      if ((flags & flag) != 0) {
        while (offset < head.length && head[offset] != 0) {
          offset++;
        }
        offset++;
      }
    }
    if ((flags & 2) != 0) {
      offset += 2;
    }
    return offset < head.length ? offset : -1;
  }
}
