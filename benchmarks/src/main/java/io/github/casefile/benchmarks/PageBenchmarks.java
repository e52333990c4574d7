package io.github.casefile.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.casefile.Casefile;
import io.github.casefile.SourceHint;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures Casefile against the jsoup floor and its peers on one page set. One operation converts
 * one page; pages are taken round-robin, so pages per second is the primary score and the {@code
 * bytes} counter (input bytes converted per second) gives MB/s. Run with {@code -prof gc} for the
 * bytes allocated per page ({@code gc.alloc.rate.norm}). Every benchmark starts from the bytes a
 * crawler would hand over, so each pays for its own decoding.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PageBenchmarks {

  /** The page set and the converters, shared by every thread of a run. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /** A directory of real pages; empty for the generated pages. */
    @Param("")
    public String pagesDir;

    /** The seed of the generated pages. */
    @Param("20261127")
    public long seed;

    /** How many pages to generate. */
    @Param("120")
    public int generatedPages;

    Page[] pages;
    SourceHint[] htmlHints;
    SourceHint[] textHints;
    final Casefile reader = Casefile.builder().extract(false).build();
    final Casefile extractor = Casefile.defaults();

    /** Load or generate the pages and report their size once. */
    @Setup(Level.Trial)
    public void load() {
      List<Page> list = pagesDir.isEmpty()
          ? PageSet.generated(seed, generatedPages)
          : PageSet.fromDirectory(Path.of(pagesDir));
      pages = list.toArray(new Page[0]);
      htmlHints = new SourceHint[pages.length];
      textHints = new SourceHint[pages.length];
      long html = 0;
      long text = 0;
      long json = 0;
      for (int i = 0; i < pages.length; i++) {
        htmlHints[i] = SourceHint.named(pages[i].name());
        textHints[i] = SourceHint.named(PageSet.textName(pages[i].name()));
        html += pages[i].html().length;
        text += pages[i].text().length;
        json += pages[i].jsonBytes();
      }
      System.out.printf("%n# pages: %d, mean bytes per page: html %d, text %d, json %d%n",
          pages.length, html / pages.length, text / pages.length, json / pages.length);
    }
  }

  /**
   * Each thread's place in the page set and the input bytes it converted in this iteration,
   * reported as a rate next to the pages per second.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cursor {
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Input bytes converted in this iteration. */
    public long bytes;
    private int next;

    /** Start each thread at another page, so that two threads do not walk in step. */
    @Setup(Level.Trial)
    public void start() {
      startAt(THREADS.getAndIncrement() * 61);
    }

    void startAt(int page) {
      next = page;
    }

    /** Count each iteration's bytes from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }

    int next(int size) {
      int index = Math.floorMod(next, size);
      next = index + 1;
      return index;
    }
  }

  /**
   * Parse with jsoup and take the page's text: the floor for any jsoup-based extractor.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the page's text
   * @throws IOException never: the input is in memory
   */
  @Benchmark
  public String jsoupText(Corpus corpus, Cursor cursor) throws IOException {
    Page page = corpus.pages[cursor.next(corpus.pages.length)];
    cursor.bytes += page.html().length;
    return Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.name()).text();
  }

  /**
   * Extract the article's text with Readability4J, the Java port of Mozilla's Readability.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the article's text
   */
  @Benchmark
  public String readability4j(Corpus corpus, Cursor cursor) {
    Page page = corpus.pages[cursor.next(corpus.pages.length)];
    cursor.bytes += page.html().length;
    String html = new String(page.html(), StandardCharsets.UTF_8);
    String text = new Readability4J(page.name(), html).parse().getTextContent();
    return text == null ? "" : text;
  }

  /**
   * Extract the article's text with boilerpipe's ArticleExtractor.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the article's text
   * @throws BoilerpipeProcessingException if boilerpipe cannot read the page
   */
  @Benchmark
  public String boilerpipe(Corpus corpus, Cursor cursor) throws BoilerpipeProcessingException {
    Page page = corpus.pages[cursor.next(corpus.pages.length)];
    cursor.bytes += page.html().length;
    String html = new String(page.html(), StandardCharsets.UTF_8);
    return ArticleExtractor.INSTANCE.getText(html);
  }

  /**
   * Read the page into an article without extraction: format detection, decoding, boilerplate
   * removal, metadata and paragraphs.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the articles
   */
  @Benchmark
  public List<Article> casefileHtml(Corpus corpus, Cursor cursor) {
    int i = cursor.next(corpus.pages.length);
    Page page = corpus.pages[i];
    cursor.bytes += page.html().length;
    return corpus.reader.parseEach(page.html(), corpus.htmlHints[i]);
  }

  /**
   * Read the page into an article and extract its records: what {@code Casefile.defaults()} does.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the articles
   */
  @Benchmark
  public List<Article> casefileHtmlExtract(Corpus corpus, Cursor cursor) {
    int i = cursor.next(corpus.pages.length);
    Page page = corpus.pages[i];
    cursor.bytes += page.html().length;
    return corpus.extractor.parseEach(page.html(), corpus.htmlHints[i]);
  }

  /**
   * Read the page's plain-text rendering into an article and extract its records.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the articles
   */
  @Benchmark
  public List<Article> casefileTextExtract(Corpus corpus, Cursor cursor) {
    int i = cursor.next(corpus.pages.length);
    Page page = corpus.pages[i];
    cursor.bytes += page.text().length;
    return corpus.extractor.parseEach(page.text(), corpus.textHints[i]);
  }

  /**
   * Write an extracted article as JSON.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the JSON
   */
  @Benchmark
  public String jsonWrite(Corpus corpus, Cursor cursor) {
    Page page = corpus.pages[cursor.next(corpus.pages.length)];
    cursor.bytes += page.jsonBytes();
    return CasefileJson.toJson(page.article());
  }

  /**
   * Read an extracted article back from JSON, with the model's checks.
   *
   * @param corpus the pages
   * @param cursor the thread's place
   * @return the article
   * @throws JsonProcessingException never: the JSON was written by Casefile
   */
  @Benchmark
  public Article jsonRead(Corpus corpus, Cursor cursor) throws JsonProcessingException {
    Page page = corpus.pages[cursor.next(corpus.pages.length)];
    cursor.bytes += page.jsonBytes();
    return CasefileJson.fromJson(page.json());
  }
}
