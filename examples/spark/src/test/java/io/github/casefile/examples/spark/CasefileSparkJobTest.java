package io.github.casefile.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casefile.Casefile;
import io.github.casefile.ParseOutcome;
import io.github.casefile.examples.corpus.CorpusGenerator;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Runs the job in local[2] over the repository's seeds and a small generated corpus (real formats),
 * and checks that its tables hold exactly what {@link Casefile#parseAll} gives for the same inputs,
 * and what the command line, run in a JVM of its own, writes for them.
 */
class CasefileSparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir
  static Path dir;

  private static List<ParseOutcome> expected;
  private static CliOutput cli;

  /** What the command line left: its articles, failure records and standard error. */
  private record CliOutput(int exit, List<String> articles, List<String> failures, String err) {}

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
    cli = runCli(seeds, corpus);
  }

  /** Run {@code casefile parse} in its own JVM, on this test's class path. */
  private static CliOutput runCli(Path seeds, Path corpus) throws IOException {
    Path out = dir.resolve("cli.jsonl");
    Path failures = dir.resolve("cli-failures.jsonl");
    Path err = dir.resolve("cli.err");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "io.github.casefile.cli.CasefileCli", "parse", "--threads", "2", "--output",
        out.toString(), "--failures", failures.toString(), seeds.toString(), corpus.toString())
        .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    int exit;
    try {
      exit = process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the command line ran", e);
    }
    return new CliOutput(exit, Files.readAllLines(out, StandardCharsets.UTF_8),
        Files.readAllLines(failures, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
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
  void theCommandLineInItsOwnJvmWritesWhatTheTablesHold() throws IOException {
    assertThat(cli.exit()).as(cli.err()).isEqualTo(1);
    assertThat(cli.articles()).as("the command line keeps input order")
        .isEqualTo(expected.stream().flatMap(o -> o.article().stream()).map(CasefileJson::toJson)
            .collect(Collectors.toList()));
    assertThat(sorted(cli.articles().stream()))
        .isEqualTo(sorted(table("articles").stream().map(r -> r.<String>getAs("json"))));
    List<String> cliFailures = new ArrayList<>();
    for (String line : cli.failures()) {
      JsonNode failure = JSON.readTree(line);
      cliFailures.add(failure.get("input").asText() + " | " + failure.get("format").asText(null)
          + " | " + failure.get("reason").asText() + " | " + failure.get("exception").asText());
    }
    assertThat(sorted(cliFailures.stream())).isEqualTo(sorted(table("failures").stream()
        .map(r -> r.getAs("input") + " | " + r.getAs("format") + " | " + r.getAs("reason")
            + " | " + r.getAs("exception")))).isNotEmpty();
    assertThat(cli.err()).contains(table("skipped").size() + " skipped (")
        .contains(table("articles").size() + " articles, " + table("failures").size()
            + " failure");
  }

  @Test
  void localFilesAreNamedByTheirPathAsTheApiNamesThem() {
    assertThat(ParseFiles.inputName("file:/tmp/a%20b/x.txt")).isEqualTo("/tmp/a b/x.txt");
    assertThat(ParseFiles.inputName("hdfs://nn:8020/crawl/x.warc.gz"))
        .isEqualTo("hdfs://nn:8020/crawl/x.warc.gz");
  }
}
