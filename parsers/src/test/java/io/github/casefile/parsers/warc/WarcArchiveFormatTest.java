package io.github.casefile.parsers.warc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.Limits;
import io.github.casefile.ParseOutcome;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.spi.ArchiveEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArchiveFormatTest {
  private static final Instant DATE = Instant.parse("2017-10-28T03:04:05Z");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private final WarcArchiveFormat format = new WarcArchiveFormat();

  private static Casefile casefile(Limits limits) {
    return Casefile.builder().formats(List.of(new TagFormat()))
        .archiveFormats(List.of(new WarcArchiveFormat())).limits(limits).extract(false).build();
  }

  private static byte[] write(WarcCompression compression, WarcRecord... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static WarcResponse response(String uri, int status, String type, byte[] body,
      String... headers) {
    try {
      HttpResponse.Builder http = new HttpResponse.Builder(status, "X");
      for (int i = 0; i < headers.length; i += 2) {
        http.addHeader(headers[i], headers[i + 1]);
      }
      http.body(MediaType.parse(type), body);
      return new WarcResponse.Builder(uri).date(DATE).body(http.build()).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WarcResponse page(String uri, String html) {
    return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private static WarcRecord[] mixed() throws IOException {
    return new WarcRecord[] {
        new Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build(),
        new WarcRequest.Builder("https://news.example/a").date(DATE)
            .body(new HttpRequest.Builder("GET", "/a").build()).build(),
        page("https://news.example/a", "<p>Police arrested eight defectors.<p>Second."),
        response("https://news.example/old", 301, "text/html", new byte[0],
            "Location", "https://news.example/a"),
        response("https://news.example/robots.txt", 200, "text/plain",
            "User-agent: *".getBytes(StandardCharsets.US_ASCII)),
        response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P'}),
        response("https://news.example/gone", 404, "text/html", "<p>x".getBytes(CP1252)),
        response("https://news.example/data.json", 200, "application/json", "{}".getBytes(CP1252)),
        response("https://news.example/cafe", 200, "text/html; charset=windows-1252",
            "<p>Caf\u00e9 near the border".getBytes(CP1252)),
        new WarcMetadata.Builder().targetURI("https://news.example/a").build(),
        new WarcResource.Builder(java.net.URI.create("https://news.example/r")).date(DATE)
            .body(MediaType.PLAIN_TEXT, "<p>A resource".getBytes(StandardCharsets.UTF_8)).build()
    };
  }

  private static List<String> summary(Stream<ParseOutcome> outcomes) {
    try (outcomes) {
      return outcomes.map(o -> o.isArticle() ? "article " + o.input()
          : o.isSkipped() ? "skip " + o.skip().orElseThrow().reason()
          : "failure " + o.failure().orElseThrow().exception() + " "
              + o.failure().orElseThrow().reason()).collect(Collectors.toList());
    }
  }

  private static final List<String> MIXED = List.of(
      "skip warcinfo record", "skip request record", "article https://news.example/a",
      "skip redirect", "skip robots.txt", "skip image", "skip http error status",
      "skip non-html media type", "article https://news.example/cafe", "skip metadata record",
      "article https://news.example/r");

  @Test
  void gzipResponsesBecomeArticlesAndOtherRecordsAreSkippedByReason() throws IOException {
    byte[] warc = write(WarcCompression.GZIP, mixed());
    assertThat(summary(casefile(Limits.defaults()).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("crawl.warc.gz")))).isEqualTo(MIXED);
  }

  @Test
  void uncompressedWarcGivesTheSameOutcomes() throws IOException {
    byte[] warc = write(WarcCompression.NONE, mixed());
    assertThat(summary(casefile(Limits.defaults()).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("crawl.warc")))).isEqualTo(MIXED);
  }

  @Test
  void anArticleCarriesTheTargetUriCaptureTimeAndHeaderCharset() throws IOException {
    byte[] warc = write(WarcCompression.GZIP, mixed());
    List<Article> articles;
    try (Stream<ParseOutcome> outcomes = casefile(Limits.defaults()).parseAll(
        new ByteArrayInputStream(warc), SourceHint.named("crawl.warc.gz"))) {
      articles = outcomes.flatMap(o -> o.article().stream()).collect(Collectors.toList());
    }
    Article cafe = articles.get(1);
    assertThat(cafe.source().uri()).contains("https://news.example/cafe");
    assertThat(cafe.source().retrieved().map(Object::toString)).contains("2017-10-28T03:04:05Z");
    assertThat(cafe.paragraphs()).containsExactly("Caf\u00e9 near the border");
    assertThat(articles.get(0).paragraphs())
        .containsExactly("Police arrested eight defectors.", "Second.");
  }

  @Test
  void aRecordOverTheInputLimitFailsAndTheNextRecordIsRead() {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'a');
    big[0] = '<';
    big[1] = 'p';
    big[2] = '>';
    byte[] warc = write(WarcCompression.GZIP,
        response("https://news.example/big", 200, "text/html", big),
        page("https://news.example/small", "<p>small"));
    Limits limits = Limits.builder().maxInputBytes(1000).build();
    List<String> outcomes = summary(casefile(limits).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("x.warc.gz")));
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0)).startsWith("failure LimitExceededException")
        .contains("maxInputBytes");
    assertThat(outcomes.get(1)).isEqualTo("article https://news.example/small");
  }

  @Test
  void aTruncatedGzipMemberIsOneFailureAfterTheRecordsBeforeIt() {
    byte[] first = write(WarcCompression.GZIP, page("https://news.example/1", "<p>one"));
    byte[] second = write(WarcCompression.GZIP, page("https://news.example/2", "<p>two"));
    byte[] warc = concat(first, Arrays.copyOf(second, second.length / 2));
    assertThat(summary(casefile(Limits.defaults()).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("cut.warc.gz"))))
        .hasSize(2)
        .satisfies(o -> assertThat(o.get(0)).isEqualTo("article https://news.example/1"))
        .satisfies(o -> assertThat(o.get(1)).startsWith("failure MalformedInputException")
            .contains("truncated"));
  }

  @Test
  void aBadContentLengthInOneMemberFailsAndTheNextMemberIsRead() {
    String bad = "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://news.example/bad\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2017-10-28T03:04:05Z\r\nContent-Type: text/plain\r\n"
        + "Content-Length: 9999\r\n\r\n<p>short\r\n\r\n";
    byte[] warc = concat(gzip(bad.getBytes(StandardCharsets.US_ASCII)),
        write(WarcCompression.GZIP, page("https://news.example/next", "<p>next")));
    List<String> outcomes = summary(casefile(Limits.defaults()).parseAll(
        new ByteArrayInputStream(warc), SourceHint.named("bad.warc.gz")));
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0)).startsWith("failure MalformedInputException");
    assertThat(outcomes.get(1)).isEqualTo("article https://news.example/next");
  }

  @Test
  void aGzipBombIsRefusedAtTheInflationLimitWithoutThrowing() {
    byte[] zeros = new byte[4 * 1024 * 1024];
    byte[] warc = concat(write(WarcCompression.GZIP,
        response("https://news.example/bomb", 200, "text/html", zeros)),
        write(WarcCompression.GZIP, page("https://news.example/after", "<p>after")));
    assertThat(warc.length).isLessThan(64 * 1024);
    Limits limits = Limits.builder().maxInflatedBytes(256 * 1024).build();
    List<String> outcomes = summary(casefile(limits).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("bomb.warc.gz")));
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).startsWith("failure LimitExceededException")
        .contains("maxInflatedBytes");
  }

  @Test
  void anUncompressedWarcResynchronisesAtTheNextHeaderAfterAShortContentLength() {
    String bad = "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://news.example/bad\r\n"
        + "Content-Length: 3\r\n\r\n<p>much longer than three bytes\r\n\r\n";
    byte[] warc = concat(write(WarcCompression.NONE, page("https://news.example/ok", "<p>ok")),
        bad.getBytes(StandardCharsets.US_ASCII),
        write(WarcCompression.NONE, page("https://news.example/next", "<p>next")));
    List<String> outcomes = summary(casefile(Limits.defaults()).parseAll(
        new ByteArrayInputStream(warc), SourceHint.named("bad.warc")));
    assertThat(outcomes).hasSize(3);
    assertThat(outcomes.get(0)).isEqualTo("article https://news.example/ok");
    assertThat(outcomes.get(1)).startsWith("failure MalformedInputException")
        .contains("Content-Length (3)");
    assertThat(outcomes.get(2)).isEqualTo("article https://news.example/next");
  }

  @Test
  void anUncompressedWarcResynchronisesWhenAContentLengthSwallowsTheNextRecord() {
    String bad = "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://news.example/bad\r\n"
        + "Content-Length: 100\r\n\r\n<p>short\r\n\r\n";
    byte[] next = write(WarcCompression.NONE, page("https://news.example/next", "<p>next"));
    assertThat(next.length).isGreaterThan(100);
    byte[] warc = concat(bad.getBytes(StandardCharsets.US_ASCII), next,
        write(WarcCompression.NONE, page("https://news.example/last", "<p>last")));
    assertThat(summary(casefile(Limits.defaults()).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("bad.warc")))).satisfiesExactly(
            first -> assertThat(first).startsWith("failure MalformedInputException")
                .contains("Content-Length (100)"),
            second -> assertThat(second).isEqualTo("article https://news.example/next"),
            third -> assertThat(third).isEqualTo("article https://news.example/last"));
  }

  @Test
  void junkBetweenUncompressedRecordsIsReportedOnceAndReadingGoesOn() {
    byte[] warc = concat(write(WarcCompression.NONE, page("https://news.example/1", "<p>one")),
        "garbage that is not a record\r\nWARC/2 neither\r\n".getBytes(StandardCharsets.US_ASCII),
        write(WarcCompression.NONE, page("https://news.example/2", "<p>two")));
    assertThat(summary(casefile(Limits.defaults()).parseAll(new ByteArrayInputStream(warc),
        SourceHint.named("junk.warc")))).satisfiesExactly(
            first -> assertThat(first).isEqualTo("article https://news.example/1"),
            second -> assertThat(second).startsWith("failure MalformedInputException")
                .contains("bytes that are not a WARC record"),
            third -> assertThat(third).isEqualTo("article https://news.example/2"));
  }

  @Test
  void anUncompressedRecordOverTheInputLimitFailsAndTheNextRecordIsRead() {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'a');
    byte[] warc = write(WarcCompression.NONE,
        response("https://news.example/big", 200, "text/html", big),
        page("https://news.example/small", "<p>small"));
    List<String> outcomes = summary(casefile(Limits.builder().maxInputBytes(1000).build())
        .parseAll(new ByteArrayInputStream(warc), SourceHint.named("x.warc")));
    assertThat(outcomes).hasSize(2);
    assertThat(outcomes.get(0)).startsWith("failure LimitExceededException");
    assertThat(outcomes.get(1)).isEqualTo("article https://news.example/small");
  }

  @Test
  void junkAfterAValidMemberNeverEscapesTheIterator() {
    byte[] first = write(WarcCompression.GZIP, page("https://news.example/1", "<p>one"));
    for (int cut = 0; cut < 60; cut++) {
      byte[] junk = concat(first, new byte[] {0x1f, (byte) 0x8b, 8, 0}, new byte[cut]);
      Iterator<ArchiveEntry> entries = format.entries(new ByteArrayInputStream(junk), "j",
          Limits.defaults());
      List<ArchiveEntry> all = new ArrayList<>();
      entries.forEachRemaining(all::add);
      assertThat(all).hasSize(2);
      assertThat(all.get(1).kind()).isEqualTo(ArchiveEntry.Kind.FAILED);
    }
  }

  @Test
  void detectsWarcByItsVersionLineGzipOrNot() {
    byte[] gz = write(WarcCompression.GZIP, page("https://news.example/1", "<p>one"));
    byte[] plain = write(WarcCompression.NONE, page("https://news.example/1", "<p>one"));
    assertThat(format.detect(gz, "any.bin")).isEqualTo(100);
    assertThat(format.detect(plain, null)).isEqualTo(100);
    assertThat(format.detect(gzip("<html>".getBytes(StandardCharsets.US_ASCII)), "x.gz"))
        .isZero();
    assertThat(format.detect("<p>hello".getBytes(StandardCharsets.US_ASCII), "x.warc")).isZero();
    assertThat(format.detect(new byte[] {0x1f, (byte) 0x8b}, "x.warc.gz")).isEqualTo(50);
  }

  @Test
  void theArchiveFormatIsFoundThroughTheServiceLoader() {
    assertThat(Casefile.builder().formats(List.of(new TagFormat())).build().archiveFormats())
        .extracting(f -> f.name()).containsExactly("warc");
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
