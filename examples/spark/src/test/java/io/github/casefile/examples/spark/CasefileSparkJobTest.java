package io.github.casefile.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.Casefile;
import io.github.casefile.ParseOutcome;
import io.github.casefile.examples.corpus.CorpusGenerator;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local[2] over the repository's seeds and a small generated corpus, and checks
 * that its tables hold exactly what {@link Casefile#parseAll} gives for the same inputs. (The
 * command line's output can be compared too once it exists.)
 */
class CasefileSparkJobTest {
  private static SparkSession spark;

  @TempDir
  static Path dir;

  private static List<ParseOutcome> expected;

  @BeforeAll
  static void runJob() throws IOException {
    Path seeds = Path.of("../../seeds").toAbsolutePath().normalize();
    Path corpus = dir.resolve("corpus");
    CorpusGenerator.generate(corpus, 30, 42, 0);
    spark = SparkSession.builder().master("local[2]").appName("casefile-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    CasefileSparkJob.run(spark, List.of(seeds.toUri().toString(), corpus.toUri().toString()),
        dir.resolve("out").toUri().toString());
    try (Stream<ParseOutcome> outcomes = Casefile.defaults().parseAll(List.of(seeds, corpus))) {
      expected = outcomes.collect(Collectors.toList());
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static List<Row> table(String name) {
    return spark.read().parquet(dir.resolve("out").resolve(name).toUri().toString())
        .collectAsList();
  }

  private static List<String> sorted(Stream<String> values) {
    return values.sorted().collect(Collectors.toList());
  }

  @Test
  void theArticlesTableHoldsExactlyTheArticlesOfParseAll() {
    List<String> json = sorted(table("articles").stream().map(r -> r.<String>getAs("json")));
    List<String> api = sorted(expected.stream().flatMap(o -> o.article().stream())
        .map(CasefileJson::toJson));
    assertThat(api).hasSizeGreaterThan(30);
    assertThat(json).isEqualTo(api);
    assertThat(table("articles")).allSatisfy(r -> assertThat(r.<String>getAs("article_id"))
        .startsWith("article:"));
  }

  @Test
  void failuresAndSkipsMatchParseAll() {
    List<String> failures = sorted(table("failures").stream().map(r -> r.getAs("input") + " | "
        + r.getAs("format") + " | " + r.getAs("reason") + " | " + r.getAs("exception")));
    List<String> apiFailures = sorted(expected.stream().flatMap(o -> o.failure().stream())
        .map(f -> f.input() + " | " + f.format().orElse(null) + " | " + f.reason() + " | "
            + f.exception()));
    assertThat(failures).isEqualTo(apiFailures).isNotEmpty();
    List<String> skips = sorted(table("skipped").stream().map(r -> r.getAs("input") + " | "
        + r.getAs("reason")));
    List<String> apiSkips = sorted(expected.stream().flatMap(o -> o.skip().stream())
        .map(s -> s.input() + " | " + s.reason()));
    assertThat(skips).isEqualTo(apiSkips).isNotEmpty();
  }

  @Test
  void entityTablesHoldOneRowPerEntityWithItsArticleId() {
    List<Article> articles = expected.stream().flatMap(o -> o.article().stream())
        .collect(Collectors.toList());
    assertThat(sorted(table("actors").stream().map(r -> r.getAs("article_id") + " "
        + r.getAs("id")))).isEqualTo(sorted(articles.stream()
        .flatMap(a -> a.actors().stream().map(x -> a.id() + " " + x.id()))));
    assertThat(sorted(table("agencies").stream().map(r -> r.getAs("article_id") + " "
        + r.getAs("id")))).isEqualTo(sorted(articles.stream()
        .flatMap(a -> a.agencies().stream().map(x -> a.id() + " " + x.id()))));
    assertThat(sorted(table("legal_instruments").stream().map(r -> r.getAs("article_id") + " "
        + r.getAs("id")))).isEqualTo(sorted(articles.stream()
        .flatMap(a -> a.legalInstruments().stream().map(x -> a.id() + " " + x.id()))));
    assertThat(sorted(table("incidents").stream().map(r -> r.getAs("article_id") + " "
        + r.getAs("id")))).isEqualTo(sorted(articles.stream()
        .flatMap(a -> a.incidents().stream().map(x -> a.id() + " " + x.id()))));
  }

  @Test
  void localFilesAreNamedByTheirPathAsTheApiNamesThem() {
    assertThat(ParseFiles.inputName("file:/tmp/a%20b/x.txt")).isEqualTo("/tmp/a b/x.txt");
    assertThat(ParseFiles.inputName("hdfs://nn:8020/crawl/x.warc.gz"))
        .isEqualTo("hdfs://nn:8020/crawl/x.warc.gz");
  }
}
