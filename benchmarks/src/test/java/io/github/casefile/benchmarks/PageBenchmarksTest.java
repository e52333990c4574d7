package io.github.casefile.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every benchmark once on two generated pages, so that the suite cannot rot unnoticed. */
class PageBenchmarksTest {
  private static final PageBenchmarks.Corpus CORPUS = new PageBenchmarks.Corpus();
  private final PageBenchmarks benchmarks = new PageBenchmarks();

  @BeforeAll
  static void load() {
    CORPUS.pagesDir = "";
    CORPUS.seed = 7;
    CORPUS.generatedPages = 2;
    CORPUS.load();
  }

  private static PageBenchmarks.Cursor cursor() {
    PageBenchmarks.Cursor cursor = new PageBenchmarks.Cursor();
    cursor.startAt(0);
    cursor.reset();
    return cursor;
  }

  @Test
  void jsoupTextReturnsThePageTextAndCountsItsBytes() throws Exception {
    PageBenchmarks.Cursor cursor = cursor();
    assertThat(benchmarks.jsoupText(CORPUS, cursor)).isNotBlank();
    assertThat(benchmarks.jsoupText(CORPUS, cursor)).isNotBlank();
    assertThat(cursor.bytes)
        .isEqualTo(CORPUS.pages[0].html().length + CORPUS.pages[1].html().length);
  }

  @Test
  void readability4jReturnsTheArticleText() {
    assertThat(benchmarks.readability4j(CORPUS, cursor())).isNotBlank();
  }

  @Test
  void boilerpipeReturnsTheArticleText() throws Exception {
    assertThat(benchmarks.boilerpipe(CORPUS, cursor())).isNotBlank();
  }

  @Test
  void casefileHtmlReadsTheArticleWithoutRecords() {
    assertThat(benchmarks.casefileHtml(CORPUS, cursor())).singleElement().satisfies(a -> {
      assertThat(a.paragraphs()).isNotEmpty();
      assertThat(a.agencies()).isEmpty();
    });
  }

  @Test
  void casefileHtmlExtractFindsRecords() {
    assertThat(benchmarks.casefileHtmlExtract(CORPUS, cursor())).singleElement()
        .satisfies(a -> assertThat(a.agencies()).isNotEmpty());
  }

  @Test
  void casefileTextExtractReadsTheTextRenderingAndFindsRecords() {
    PageBenchmarks.Cursor cursor = cursor();
    assertThat(benchmarks.casefileTextExtract(CORPUS, cursor)).singleElement().satisfies(a -> {
      assertThat(a.source().format()).isEqualTo("text");
      assertThat(a.agencies()).isNotEmpty();
    });
    assertThat(cursor.bytes).isEqualTo(CORPUS.pages[0].text().length);
  }

  @Test
  void jsonWriteAndReadRoundTripTheExtractedArticle() throws Exception {
    String json = benchmarks.jsonWrite(CORPUS, cursor());
    assertThat(json).isEqualTo(CORPUS.pages[0].json());
    assertThat(benchmarks.jsonRead(CORPUS, cursor())).isEqualTo(CORPUS.pages[0].article());
  }
}
