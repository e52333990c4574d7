package io.github.casefile.examples.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a realistic test corpus written by the project: articles as seed-layout texts
 * ({@code text/}), as HTML pages with boilerplate ({@code html/}), and as response records of a gzip
 * WARC ({@code crawl.warc.gz}) beside records that are not articles (warcinfo, requests, an image,
 * robots.txt, a redirect, metadata); broken inputs ({@code broken/}: an empty file, binary junk, a
 * PNG named {@code .html}, a truncated WARC); optionally a large WARC ({@code big.warc.gz}); and
 * {@code manifest.json}, the expected outcome of every input. The same seed gives the same bytes.
 *
 * <pre>
 * java -cp ... io.github.casefile.examples.corpus.CorpusGenerator --out DIR --articles N --seed S
 *     [--warc-bytes SIZE]     (SIZE such as 5000000, 200M or 1G: the large WARC's size on disk)
 * </pre>
 */
public final class CorpusGenerator {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
      13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4,
      (byte) 0x89};
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private final Path out;
  private final SplittableRandom random;
  private final Manifest manifest = new Manifest();
  private final Instant crawlStart;

  private CorpusGenerator(Path out, long seed) {
    this.out = out;
    this.random = new SplittableRandom(seed);
    this.crawlStart = Instant.parse("2017-10-28T00:00:00Z").plusSeconds(Math.floorMod(seed, 86400));
  }

  /**
   * Generate a corpus.
   *
   * @param out the directory to write into; created if missing
   * @param articles how many articles, spread over texts, pages and the WARC
   * @param seed the random seed
   * @param warcBytes the size of {@code big.warc.gz} in bytes, or 0 for none
   * @return the manifest, also written to {@code manifest.json}
   * @throws IOException if a file cannot be written
   */
  public static Manifest generate(Path out, int articles, long seed, long warcBytes)
      throws IOException {
    CorpusGenerator generator = new CorpusGenerator(out, seed);
    generator.run(articles, warcBytes);
    generator.manifest.write(out.resolve("manifest.json"));
    return generator.manifest;
  }

  /**
   * Run the generator from the command line.
   *
   * @param args {@code --out DIR --articles N --seed S [--warc-bytes SIZE]}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = null;
    int articles = 100;
    long seed = 1;
    long warcBytes = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--out":
          out = Path.of(args[i + 1]);
          break;
        case "--articles":
          articles = Integer.parseInt(args[i + 1]);
          break;
        case "--seed":
          seed = Long.parseLong(args[i + 1]);
          break;
        case "--warc-bytes":
          warcBytes = parseSize(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException(
          "usage: --out DIR --articles N --seed S [--warc-bytes SIZE]");
    }
    Manifest manifest = generate(out, articles, seed, warcBytes);
    System.out.println("wrote " + out + ": " + manifest.articles() + " articles, failures "
        + manifest.failuresByException() + ", skipped " + manifest.skipsByReason());
  }

  static long parseSize(String size) {
    String s = size.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("K") || s.endsWith("M") || s.endsWith("G")) {
      unit = s.endsWith("K") ? 1L << 10 : s.endsWith("M") ? 1L << 20 : 1L << 30;
      s = s.substring(0, s.length() - 1);
    }
    return Long.parseLong(s) * unit;
  }

  private void run(int articles, long warcBytes) throws IOException {
    Files.createDirectories(out.resolve("text"));
    Files.createDirectories(out.resolve("html"));
    Files.createDirectories(out.resolve("broken"));
    Prose prose = new Prose(random.split());
    try (OutputStream warcFile = new BufferedOutputStream(
        Files.newOutputStream(out.resolve("crawl.warc.gz")))) {
      WarcOut warc = new WarcOut(warcFile, random.split());
      warc.warcinfo("crawl.warc.gz", crawlStart);
      manifest.skipped(null, "crawl.warc.gz", "warcinfo record");
      for (int i = 0; i < articles; i++) {
        Prose.Draft draft = prose.article(i);
        int slot = i % 10;
        if (slot < 5) {
          String name = String.format("text/%05d.txt", i);
          Files.writeString(out.resolve(name), Renderings.seedText(draft));
          manifest.article(name, null);
        } else if (slot < 8) {
          String name = String.format("html/%05d.html", i);
          Files.writeString(out.resolve(name), Renderings.html(draft, random));
          manifest.article(name, null);
        } else {
          writeCapture(warc, draft, i);
        }
      }
      writeNonArticles(warc);
    }
    writeBroken(prose);
    if (warcBytes > 0) {
      writeBigWarc(prose, articles, warcBytes);
    }
  }

  private void writeCapture(WarcOut warc, Prose.Draft draft, int i) throws IOException {
    String uri = "https://news.example.org/" + draft.published.getYear() + "/article-" + i;
    Instant date = crawlStart.plusSeconds(60L * i);
    warc.request(uri, date);
    manifest.skipped(uri, "crawl.warc.gz", "request record");
    // Every third page is served in windows-1252, declared only in the HTTP header.
    boolean cp1252 = i % 3 == 0;
    String html = Renderings.html(draft, random).replace("<meta charset=\"utf-8\">\n", "");
    byte[] payload = html.getBytes(cp1252 ? CP1252 : StandardCharsets.UTF_8);
    warc.response(uri, date, 200, "Content-Type: text/html; charset="
        + (cp1252 ? "windows-1252" : "utf-8") + "\r\n", payload);
    manifest.article(uri, "crawl.warc.gz");
  }

  private void writeNonArticles(WarcOut warc) throws IOException {
    Instant date = crawlStart.plusSeconds(7);
    String site = "https://news.example.org";
    warc.response(site + "/static/logo.png", date, 200, "Content-Type: image/png\r\n", PNG);
    manifest.skipped(site + "/static/logo.png", "crawl.warc.gz", "image");
    warc.response(site + "/robots.txt", date, 200, "Content-Type: text/plain\r\n",
        "User-agent: *\nDisallow: /search\n".getBytes(StandardCharsets.US_ASCII));
    manifest.skipped(site + "/robots.txt", "crawl.warc.gz", "robots.txt");
    warc.response(site + "/old-news", date, 301, "Location: " + site + "/news\r\n"
        + "Content-Type: text/html\r\n", new byte[0]);
    manifest.skipped(site + "/old-news", "crawl.warc.gz", "redirect");
    warc.metadata(site + "/news", date);
    manifest.skipped(site + "/news", "crawl.warc.gz", "metadata record");
  }

  private void writeBroken(Prose prose) throws IOException {
    Files.write(out.resolve("broken/empty.txt"), new byte[0]);
    manifest.failure("broken/empty.txt", null, "UnsupportedFormatException");
    byte[] junk = new byte[2048];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) random.nextInt(256);
    }
    junk[0] = 0;
    Files.write(out.resolve("broken/junk.bin"), junk);
    manifest.failure("broken/junk.bin", null, "UnsupportedFormatException");
    Files.write(out.resolve("broken/image.html"), PNG);
    manifest.failure("broken/image.html", null, "UnsupportedFormatException");
    // A WARC cut inside its last record, as an interrupted download leaves it.
    Path truncated = out.resolve("broken/truncated.warc.gz");
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(truncated))) {
      WarcOut warc = new WarcOut(file, random.split());
      Prose.Draft first = prose.article(-1);
      String uri = "https://news.example.org/cut/complete";
      warc.request(uri, crawlStart);
      manifest.skipped(uri, "broken/truncated.warc.gz", "request record");
      warc.response(uri, crawlStart, 200, "Content-Type: text/html\r\n",
          Renderings.html(first, random).getBytes(StandardCharsets.UTF_8));
      manifest.article(uri, "broken/truncated.warc.gz");
      Prose.Draft second = prose.article(-2);
      String cut = "https://news.example.org/cut/partial";
      byte[] member = warc.member("response", cut, crawlStart,
          "application/http; msgtype=response", WarcOut.responseBlock(200,
              "Content-Type: text/html\r\n",
              Renderings.html(second, random).getBytes(StandardCharsets.UTF_8)), "");
      warc.raw(Arrays.copyOf(member, member.length / 2));
      // The header survives the cut, so the failure is named by the record's target URI.
      manifest.failure(cut, "broken/truncated.warc.gz", "MalformedInputException");
    }
  }

  private void writeBigWarc(Prose prose, int offset, long warcBytes) throws IOException {
    long articles = 0;
    try (OutputStream file = new BufferedOutputStream(
        Files.newOutputStream(out.resolve("big.warc.gz")), 1 << 16)) {
      WarcOut warc = new WarcOut(file, random.split());
      int i = offset;
      while (warc.written() < warcBytes) {
        Prose.Draft draft = prose.article(i);
        String uri = "https://big.example.org/a/" + i;
        Instant date = crawlStart.plusSeconds(i);
        warc.request(uri, date);
        warc.response(uri, date, 200, "Content-Type: text/html; charset=utf-8\r\n",
            Renderings.html(draft, random).getBytes(StandardCharsets.UTF_8));
        articles++;
        i++;
      }
    }
    manifest.bulk(articles, "request record", articles);
    System.out.println("big.warc.gz: " + articles + " responses, captured from "
        + crawlStart.atOffset(ZoneOffset.UTC));
  }
}
