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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures Casefile against the jsoup floor and its peers on one page set. One operation converts
 * the whole set, so every measured operation of every benchmark covers exactly the same pages
 * however slow it is (pages differ a hundredfold in size, and a sample of them would not compare).
 * The {@code pages} and {@code bytes} counters give pages per second and input bytes per second
 * next to the primary score; run with {@code -prof gc} for the bytes allocated per set ({@code
 * gc.alloc.rate.norm}, divided by the set's pages for bytes per page). Every benchmark starts from
 * the bytes a crawler would hand over, so each pays for its own decoding. Each method returns how
 * many pages gave a non-empty result.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Casefile's extraction is a lot of code for the JIT: on these machines C2 keeps compiling for about
// 15-20 seconds of one thread's work (JMH -prof comp), and until then its compiler thread takes
// the second core from a 2-thread run. A shorter warm-up measures tier-1/3 code and a busy core.
@Warmup(iterations = 8, time = 3)
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
    long htmlBytes;
    long textBytes;
    long jsonBytes;
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
      for (int i = 0; i < pages.length; i++) {
        htmlHints[i] = SourceHint.named(pages[i].name());
        textHints[i] = SourceHint.named(PageSet.textName(pages[i].name()));
        htmlBytes += pages[i].html().length;
        textBytes += pages[i].text().length;
        jsonBytes += pages[i].jsonBytes();
      }
      System.out.printf("%n# pages: %d, mean bytes per page: html %d, text %d, json %d%n",
          pages.length, htmlBytes / pages.length, textBytes / pages.length,
          jsonBytes / pages.length);
    }
  }

  /** The pages and input bytes each thread converted in this iteration, reported as rates. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Pages converted in this iteration. */
    public long pages;

    /** Input bytes converted in this iteration. */
    public long bytes;

    /** Count each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      pages = 0;
      bytes = 0;
    }

    int passed(int produced, Corpus corpus, long inputBytes) {
      pages += corpus.pages.length;
      bytes += inputBytes;
      return produced;
    }
  }

  /**
   * Parse each page with jsoup and take its text: the floor for any jsoup-based extractor.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many pages gave a non-empty text
   * @throws IOException never: the input is in memory
   */
  @Benchmark
  public int jsoupText(Corpus corpus, Counters counters, Blackhole sink) throws IOException {
    int produced = 0;
    for (Page page : corpus.pages) {
      String text = Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.name()).text();
      sink.consume(text);
      produced += text.isEmpty() ? 0 : 1;
    }
    return counters.passed(produced, corpus, corpus.htmlBytes);
  }

  /**
   * Extract each article's text with Readability4J, the Java port of Mozilla's Readability.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many pages gave a non-empty text
   */
  @Benchmark
  public int readability4j(Corpus corpus, Counters counters, Blackhole sink) {
    int produced = 0;
    for (Page page : corpus.pages) {
      String html = new String(page.html(), StandardCharsets.UTF_8);
      String text = new Readability4J(page.name(), html).parse().getTextContent();
      sink.consume(text);
      produced += text == null || text.isEmpty() ? 0 : 1;
    }
    return counters.passed(produced, corpus, corpus.htmlBytes);
  }

  /**
   * Extract each article's text with boilerpipe's ArticleExtractor.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many pages gave a non-empty text
   * @throws BoilerpipeProcessingException if boilerpipe cannot read a page
   */
  @Benchmark
  public int boilerpipe(Corpus corpus, Counters counters, Blackhole sink)
      throws BoilerpipeProcessingException {
    int produced = 0;
    for (Page page : corpus.pages) {
      String html = new String(page.html(), StandardCharsets.UTF_8);
      String text = ArticleExtractor.INSTANCE.getText(html);
      sink.consume(text);
      produced += text == null || text.isEmpty() ? 0 : 1;
    }
    return counters.passed(produced, corpus, corpus.htmlBytes);
  }

  /**
   * Read each page into an article without extraction: format detection, decoding, boilerplate
   * removal, metadata and paragraphs.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many pages gave an article with paragraphs
   */
  @Benchmark
  public int casefileHtml(Corpus corpus, Counters counters, Blackhole sink) {
    return counters.passed(casefile(corpus.reader, corpus, false, sink), corpus,
        corpus.htmlBytes);
  }

  /**
   * Read each page into an article and extract its records: what {@code Casefile.defaults()}
   * does.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many pages gave an article with paragraphs
   */
  @Benchmark
  public int casefileHtmlExtract(Corpus corpus, Counters counters, Blackhole sink) {
    return counters.passed(casefile(corpus.extractor, corpus, false, sink), corpus,
        corpus.htmlBytes);
  }

  /**
   * Read each page's plain-text rendering into an article and extract its records.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many pages gave an article with paragraphs
   */
  @Benchmark
  public int casefileTextExtract(Corpus corpus, Counters counters, Blackhole sink) {
    return counters.passed(casefile(corpus.extractor, corpus, true, sink), corpus,
        corpus.textBytes);
  }

  private static int casefile(Casefile casefile, Corpus corpus, boolean text, Blackhole sink) {
    int produced = 0;
    for (int i = 0; i < corpus.pages.length; i++) {
      List<Article> articles = text
          ? casefile.parseEach(corpus.pages[i].text(), corpus.textHints[i])
          : casefile.parseEach(corpus.pages[i].html(), corpus.htmlHints[i]);
      sink.consume(articles);
      produced += articles.get(0).paragraphs().isEmpty() ? 0 : 1;
    }
    return produced;
  }

  /**
   * Write each extracted article as JSON.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many articles gave non-empty JSON
   */
  @Benchmark
  public int jsonWrite(Corpus corpus, Counters counters, Blackhole sink) {
    int produced = 0;
    for (Page page : corpus.pages) {
      String json = CasefileJson.toJson(page.article());
      sink.consume(json);
      produced += json.isEmpty() ? 0 : 1;
    }
    return counters.passed(produced, corpus, corpus.jsonBytes);
  }

  /**
   * Read each extracted article back from JSON, with the model's checks.
   *
   * @param corpus the pages
   * @param counters the thread's counters
   * @param sink takes each result
   * @return how many articles read back with paragraphs
   * @throws JsonProcessingException never: the JSON was written by Casefile
   */
  @Benchmark
  public int jsonRead(Corpus corpus, Counters counters, Blackhole sink)
      throws JsonProcessingException {
    int produced = 0;
    for (Page page : corpus.pages) {
      Article article = CasefileJson.fromJson(page.json());
      sink.consume(article);
      produced += article.paragraphs().isEmpty() ? 0 : 1;
    }
    return counters.passed(produced, corpus, corpus.jsonBytes);
  }
}
