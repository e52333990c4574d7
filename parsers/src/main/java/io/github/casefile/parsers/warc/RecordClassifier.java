package io.github.casefile.parsers.warc;

import io.github.casefile.LimitExceededException;
import io.github.casefile.Limits;
import io.github.casefile.SourceHint;
import io.github.casefile.model.PartialDateTime;
import io.github.casefile.spi.ArchiveEntry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Decides what one WARC record is: a page to parse (a response or resource record with an HTML or
 * text payload), or a record that holds no article, with the reason a run's summary counts it by.
 * Reads at most {@link Limits#maxInputBytes()} bytes of a payload.
 */
final class RecordClassifier {
  /** The reasons a record is skipped; stable, as summaries count by them. */
  static final String IMAGE = "image";
  static final String ROBOTS = "robots.txt";
  static final String REDIRECT = "redirect";
  static final String HTTP_ERROR = "http error status";
  static final String MEDIA_TYPE = "non-html media type";
  static final String NOT_HTTP = "non-http response";

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Limits limits;

  RecordClassifier(Limits limits) {
    this.limits = limits;
  }

  /**
   * Turn a record into an entry.
   *
   * @param record the record, positioned before its body
   * @param name the record's name: its target URI, or where it lies
   * @return the entry
   * @throws IOException if the record's HTTP header or body cannot be read
   * @throws LimitExceededException if the payload is larger than {@link Limits#maxInputBytes()}
   */
  ArchiveEntry classify(WarcRecord record, String name) throws IOException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      return ArchiveEntry.skipped(name, record.type() + " record", null);
    }
    checkDeclaredSize(record.body().size(), name);
    String target = ((WarcTargetRecord) record).target();
    if (isRobots(target)) {
      return ArchiveEntry.skipped(name, ROBOTS, null);
    }
    MediaType payloadType;
    MessageBody payload;
    if (record instanceof WarcResponse && isHttp(record.contentType())) {
      HttpResponse http = ((WarcResponse) record).http();
      int status = http.status();
      if (status >= 300 && status < 400) {
        return ArchiveEntry.skipped(name, REDIRECT, "HTTP " + status
            + http.headers().first("Location").map(l -> " to " + l).orElse(""));
      }
      if (status < 200 || status >= 300) {
        return ArchiveEntry.skipped(name, HTTP_ERROR, "HTTP " + status);
      }
      payloadType = http.headers().first("Content-Type").map(MediaType::parseLeniently)
          .orElse(null);
      payload = http.bodyDecoded();
    } else if (record instanceof WarcResponse) {
      return ArchiveEntry.skipped(name, NOT_HTTP, record.contentType().toString());
    } else {
      payloadType = record.headers().first("Content-Type").map(MediaType::parseLeniently)
          .orElse(null);
      payload = record.body();
    }
    String skip = skipReason(payloadType);
    if (skip != null) {
      return ArchiveEntry.skipped(name, skip, payloadType.base().toString());
    }
    byte[] bytes = readBounded(payload, name);
    io.github.casefile.ImmutableSourceHint.Builder hint = SourceHint.builder().uri(name);
    if (payloadType != null) {
      hint.mediaType(payloadType.base().toString());
      String charset = payloadType.parameters().get("charset");
      if (charset != null && !charset.isBlank()) {
        hint.charset(charset.trim());
      }
    }
    Instant date = dateOf(record);
    if (date != null) {
      hint.retrieved(PartialDateTime.parse(SECONDS.format(date.truncatedTo(ChronoUnit.SECONDS))));
    }
    return ArchiveEntry.record(bytes, hint.build());
  }

  private static boolean isHttp(MediaType type) {
    return type.type().equals("application") && type.subtype().equals("http");
  }

  private static boolean isRobots(String target) {
    try {
      String path = URI.create(target).getPath();
      return path != null && path.equals("/robots.txt");
    } catch (IllegalArgumentException e) {
      return target.endsWith("/robots.txt");
    }
  }

  /** Return why a payload of this type holds no article, or null when it may hold one. */
  private static String skipReason(MediaType type) {
    if (type == null || type.type().isEmpty()) {
      // Undeclared: let the source formats' detection decide.
      return null;
    }
    String base = type.type() + "/" + type.subtype();
    if (type.type().equals("image")) {
      return IMAGE;
    }
    if (base.equals("text/html") || base.equals("application/xhtml+xml")
        || base.equals("text/plain")) {
      return null;
    }
    return MEDIA_TYPE;
  }

  private static Instant dateOf(WarcRecord record) {
    try {
      return record.headers().first("WARC-Date").isPresent() ? record.date() : null;
    } catch (RuntimeException e) {
      // An unreadable WARC-Date only loses the capture time.
      return null;
    }
  }

  private void checkDeclaredSize(long size, String name) {
    if (size > limits.maxInputBytes()) {
      throw new LimitExceededException(name, "maxInputBytes", limits.maxInputBytes(),
          "the record's body has " + size + " bytes");
    }
  }

  private byte[] readBounded(MessageBody body, String name) throws IOException {
    long max = limits.maxInputBytes();
    InputStream in = body.stream();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) {
      throw new LimitExceededException(name, "maxInputBytes", max,
          "the record's payload has more than " + max + " bytes");
    }
    return bytes;
  }
}
