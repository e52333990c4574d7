package io.github.casefile.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** Runs every benchmark once on two generated pages, so that the suite cannot rot unnoticed. */
class PageBenchmarksTest {
  private static final PageBenchmarks.Corpus CORPUS = new PageBenchmarks.Corpus();
  private static final Blackhole SINK = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  private final PageBenchmarks benchmarks = new PageBenchmarks();
  private final PageBenchmarks.Counters counters = new PageBenchmarks.Counters();

  @BeforeAll
  static void load() {
    CORPUS.pagesDir = "";
    CORPUS.seed = 7;
    CORPUS.generatedPages = 2;
    CORPUS.load();
  }

  private static long sum(java.util.function.ToLongFunction<Page> size) {
    return size.applyAsLong(CORPUS.pages[0]) + size.applyAsLong(CORPUS.pages[1]);
  }

  private void assertCountedOnePass(long bytes) {
    assertThat(counters.pages).isEqualTo(2);
    assertThat(counters.bytes).isEqualTo(bytes);
  }

  @Test
  void jsoupTextGivesEveryPageATextAndCountsOnePass() throws Exception {
    assertThat(benchmarks.jsoupText(CORPUS, counters, SINK)).isEqualTo(2);
    assertCountedOnePass(sum(p -> p.html().length));
  }

  @Test
  void readability4jGivesEveryPageAText() {
    assertThat(benchmarks.readability4j(CORPUS, counters, SINK)).isEqualTo(2);
    assertCountedOnePass(sum(p -> p.html().length));
  }

  @Test
  void boilerpipeGivesEveryPageAText() throws Exception {
    assertThat(benchmarks.boilerpipe(CORPUS, counters, SINK)).isEqualTo(2);
    assertCountedOnePass(sum(p -> p.html().length));
  }

  @Test
  void casefileHtmlGivesEveryPageAnArticle() {
    assertThat(benchmarks.casefileHtml(CORPUS, counters, SINK)).isEqualTo(2);
    assertCountedOnePass(sum(p -> p.html().length));
  }

  @Test
  void casefileHtmlExtractGivesEveryPageAnArticle() {
    assertThat(benchmarks.casefileHtmlExtract(CORPUS, counters, SINK)).isEqualTo(2);
    assertCountedOnePass(sum(p -> p.html().length));
  }

  @Test
  void casefileTextExtractReadsEveryTextRendering() {
    assertThat(benchmarks.casefileTextExtract(CORPUS, counters, SINK)).isEqualTo(2);
    assertCountedOnePass(sum(p -> p.text().length));
  }

  @Test
  void jsonWriteAndReadCoverEveryExtractedArticle() throws Exception {
    assertThat(benchmarks.jsonWrite(CORPUS, counters, SINK)).isEqualTo(2);
    assertThat(benchmarks.jsonRead(CORPUS, counters, SINK)).isEqualTo(2);
    assertThat(counters.bytes).isEqualTo(2 * sum(Page::jsonBytes));
  }

  @Test
  void generatedPagesGiveExtractionRecordsToFind() {
    List<Integer> records = new ArrayList<>();
    for (Page page : CORPUS.pages) {
      records.add(page.article().agencies().size() + page.article().incidents().size());
    }
    assertThat(records).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void countersStartEachIterationFromZero() throws Exception {
    benchmarks.jsoupText(CORPUS, counters, SINK);
    counters.reset();
    assertThat(counters.pages).isZero();
    assertThat(counters.bytes).isZero();
  }
}
