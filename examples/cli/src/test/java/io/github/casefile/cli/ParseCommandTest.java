package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casefile.model.Article;
import io.github.casefile.model.CasefileJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void oneFilePrintsOneIndentedObjectAndExits0() throws IOException {
    Path file = Fixtures.note(dir, "one.note", "Police raid a safe house", "Eight were arrested.");

    CliRun.Result run = CliRun.run("parse", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSizeGreaterThan(1);
    Article article = CasefileJson.fromJson(run.out());
    assertThat(article.headline()).contains("Police raid a safe house");
    assertThat(article.paragraphs()).containsExactly("Eight were arrested.");
    assertThat(article.source().uri()).contains(file.toString());
    assertThat(article.source().format()).isEqualTo("note");
  }

  @Test
  void relativeInputKeepsItsNameAsTyped() throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    Path file = Fixtures.note(dir, "rel.note", "Headline", "Body.");
    String relative = cwd.relativize(file).toString();

    CliRun.Result run = CliRun.run("parse", relative);

    assertThat(run.exit()).isZero();
    assertThat(CasefileJson.fromJson(run.out()).source().uri()).contains(relative);
  }

  @Test
  void directoryPrintsOneJsonLinePerArticleInSortedPathOrder() throws IOException {
    Fixtures.note(dir, "b.note", "B", "Second.");
    Fixtures.note(dir, "a.note", "A", "First.");
    Fixtures.note(dir, "sub/c.note", "C", "Third.");

    CliRun.Result run = CliRun.run("parse", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(headlines(run.outLines())).containsExactly("A", "B", "C");
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("casefile: 3 inputs, 3 articles, 0 failures, 0 skipped in ");
  }

  @Test
  void severalNamedFilesPrintJsonLinesInTheOrderNamed() throws IOException {
    Path b = Fixtures.note(dir, "b.note", "B", "Second.");
    Path a = Fixtures.note(dir, "a.note", "A", "First.");

    CliRun.Result run = CliRun.run("parse", b.toString(), a.toString());

    assertThat(run.exit()).isZero();
    assertThat(headlines(run.outLines())).containsExactly("B", "A");
  }

  @Test
  void jsonlOptionPrintsOneLineForOneFile() throws IOException {
    Path file = Fixtures.note(dir, "one.note", "Headline", "Body.");

    CliRun.Result run = CliRun.run("parse", "--jsonl", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).as("no summary for one input").isEmpty();
    assertThat(headlines(run.outLines())).containsExactly("Headline");
  }

  @Test
  void oneFileHoldingSeveralArticlesPrintsJsonLines() throws IOException {
    Path file = Fixtures.write(dir, "feed.note", "NOTE\nFirst\nOne.\n---\nSecond\nTwo.\n");

    CliRun.Result run = CliRun.run("parse", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(headlines(run.outLines())).containsExactly("First", "Second");
  }

  @Test
  void someRejectedInputsExit1WriteTheOthersAndReportEachOnce() throws IOException {
    Path good = Fixtures.note(dir, "a-good.note", "Good", "Fine.");
    Path broken = Fixtures.broken(dir, "b-broken.note");
    Path empty = Fixtures.unrecognised(dir, "c-empty.txt");
    Path failures = dir.resolve("out/failures.jsonl");
    Files.createDirectories(failures.getParent());

    CliRun.Result run = CliRun.run("parse", "--failures", failures.toString(), good.toString(),
        broken.toString(), empty.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(headlines(run.outLines())).containsExactly("Good");
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0)).isEqualTo(broken + ": the note is broken at line 3");
    assertThat(run.errLines().get(1)).startsWith(empty + ": ");
    assertThat(run.errLines().get(2)).startsWith("casefile: 3 inputs, 1 article, 2 failures"
        + " (MalformedInputException: 1, UnsupportedFormatException: 1), 0 skipped in ");
    assertThat(run.err()).doesNotContain("\tat ");

    List<String> records = Files.readAllLines(failures, StandardCharsets.UTF_8);
    assertThat(records).hasSize(2);
    JsonNode first = JSON.readTree(records.get(0));
    assertThat(fieldNames(first)).containsExactly("input", "format", "reason", "exception");
    assertThat(first.get("input").asText()).isEqualTo(broken.toString());
    assertThat(first.get("format").asText()).isEqualTo("note");
    assertThat(first.get("reason").asText()).isEqualTo("the note is broken at line 3");
    assertThat(first.get("exception").asText()).isEqualTo("MalformedInputException");
    JsonNode second = JSON.readTree(records.get(1));
    assertThat(second.get("input").asText()).isEqualTo(empty.toString());
    assertThat(second.get("format").isNull()).isTrue();
    assertThat(second.get("exception").asText()).isEqualTo("UnsupportedFormatException");
  }

  @Test
  void everyInputRejectedExits2() throws IOException {
    Path broken = Fixtures.broken(dir, "broken.note");
    Path empty = Fixtures.unrecognised(dir, "empty.txt");

    CliRun.Result run = CliRun.run("parse", broken.toString(), empty.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(3);
  }

  @Test
  void oneRejectedFileExits2WithOneLine() throws IOException {
    Path broken = Fixtures.broken(dir, "broken.note");

    CliRun.Result run = CliRun.run("parse", broken.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(broken + ": the note is broken at line 3");
  }

  @Test
  void debugPrintsTheStackTraceOfARejectedInput() throws IOException {
    Path broken = Fixtures.broken(dir, "broken.note");

    CliRun.Result run = CliRun.run("parse", "--debug", broken.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(broken + ": the note is broken at line 3");
    assertThat(run.err()).contains("MalformedInputException").contains("\tat org.example.notes");
  }

  @Test
  void missingFileExits2WithExactlyOneLineAndNoStackTrace() {
    CliRun.Result run = CliRun.run("parse", "no/such/file.txt");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("no/such/file.txt: no such file or directory");
  }

  @Test
  void missingInputsAreAllReportedBeforeAnyWorkStarts() throws IOException {
    Path good = Fixtures.note(dir, "good.note", "Good", "Fine.");
    Path output = dir.resolve("out.jsonl");

    CliRun.Result run = CliRun.run("parse", "-o", output.toString(), "missing-1.txt",
        good.toString(), "missing-2.txt");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("missing-1.txt: no such file or directory",
        "missing-2.txt: no such file or directory");
    assertThat(output).doesNotExist();
  }

  @Test
  void outputThatCannotBeWrittenExits2WithOneLine() throws IOException {
    Path good = Fixtures.note(dir, "good.note", "Good", "Fine.");
    Path output = dir.resolve("no-such-directory/out.jsonl");

    CliRun.Result run = CliRun.run("parse", "--output", output.toString(), good.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("casefile: cannot write " + output);
  }

  @Test
  void outputOptionWritesTheArticlesToTheFile() throws IOException {
    Fixtures.note(dir, "in/a.note", "A", "First.");
    Fixtures.note(dir, "in/b.note", "B", "Second.");
    Path output = dir.resolve("out.jsonl");

    CliRun.Result run = CliRun.run("parse", "--output", output.toString(),
        dir.resolve("in").toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(headlines(Files.readAllLines(output, StandardCharsets.UTF_8)))
        .containsExactly("A", "B");
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfThreads() throws IOException {
    for (int i = 0; i < 40; i++) {
      if (i % 7 == 3) {
        Fixtures.broken(dir, String.format("in/%02d.note", i));
      } else {
        Fixtures.note(dir, String.format("in/%02d.note", i), "Note " + i,
            "Paragraph " + "x".repeat(i * 50));
      }
    }
    String input = dir.resolve("in").toString();

    CliRun.Result one = CliRun.run("parse", "--threads", "1", input);
    CliRun.Result four = CliRun.run("parse", "--threads", "4", input);

    assertThat(one.exit()).isEqualTo(1);
    assertThat(four.exit()).isEqualTo(1);
    assertThat(one.outLines()).hasSize(34);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(withoutSummary(four.errLines())).isEqualTo(withoutSummary(one.errLines()));
  }

  @Test
  void standardInputIsReadForADash() {
    CliRun.Result run = CliRun.withStdin("NOTE\nFrom a pipe\nBody.\n", "parse", "-");

    assertThat(run.exit()).isZero();
    Article article = parse(run.out());
    assertThat(article.headline()).contains("From a pipe");
    assertThat(article.source().uri()).isEmpty();
  }

  @Test
  void rejectedStandardInputIsNamedDash() throws IOException {
    Path failures = dir.resolve("failures.jsonl");

    CliRun.Result run = CliRun.withStdin("", "parse", "--failures", failures.toString(), "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith("-: ");
    assertThat(JSON.readTree(Files.readString(failures)).get("input").asText()).isEqualTo("-");
  }

  @Test
  void globIsExpandedInSortedOrder() throws IOException {
    Fixtures.note(dir, "b.note", "B", "Second.");
    Fixtures.note(dir, "a.note", "A", "First.");
    Fixtures.write(dir, "c.other", "NOTE\nC\nThird.\n");

    CliRun.Result run = CliRun.run("parse", dir + "/*.note");

    assertThat(run.exit()).isZero();
    assertThat(headlines(run.outLines())).containsExactly("A", "B");
  }

  @Test
  void globMatchingNothingExits2() {
    CliRun.Result run = CliRun.run("parse", dir + "/*.nothing");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir + "/*.nothing: no file matches the pattern");
  }

  @Test
  void emptyDirectoryExits2() {
    CliRun.Result run = CliRun.run("parse", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no input files found");
  }

  @Test
  void formatOptionForcesTheFormat() throws IOException {
    // Without the NOTE line nothing detects it; --format note reads it anyway.
    Path file = Fixtures.write(dir, "plain.txt", "ignored first line\nHeadline\nBody.\n");

    CliRun.Result run = CliRun.run("parse", "--format", "note", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(parse(run.out()).headline()).contains("Headline");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path file = Fixtures.note(dir, "one.note", "Headline", "Body.");

    CliRun.Result run = CliRun.run("parse", "--format", "nonsense", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("casefile: unknown format 'nonsense'; known: auto,")
        .contains("note");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsExit2WithoutAStackTrace() throws IOException {
    Path file = Fixtures.note(dir, "one.note", "Headline", "Body.");

    assertThat(CliRun.run("parse").exit()).isEqualTo(2);
    assertThat(CliRun.run("parse", "--threads", "0", file.toString()).exit()).isEqualTo(2);
    CliRun.Result unknownOption = CliRun.run("parse", "--frobnicate", file.toString());
    assertThat(unknownOption.exit()).isEqualTo(2);
    assertThat(unknownOption.errLines()).hasSize(2);
    assertThat(unknownOption.err()).doesNotContain("\tat ");
  }

  @Test
  void noExtractStillWritesTheArticle() throws IOException {
    Path file = Fixtures.note(dir, "one.note", "Headline", "Body.");

    CliRun.Result run = CliRun.run("parse", "--no-extract", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(parse(run.out()).incidents()).isEmpty();
  }

  @Test
  void warcArchiveWritesItsArticlesCountsSkipsByReasonAndRejectsTheCutRecord()
      throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    Files.write(warc, crawl(true).truncated("https://example.org/cut").bytes());
    Path failures = dir.resolve("failures.jsonl");

    CliRun.Result run = CliRun.run("parse", "--failures", failures.toString(), warc.toString());

    assertThat(run.exit()).as("one rejected record, the others written").isEqualTo(1);
    assertThat(run.outLines()).as("an archive prints JSON Lines").hasSize(2);
    assertThat(run.outLines()).extracting(line -> parse(line).source().uri().orElseThrow())
        .containsExactly("https://example.org/a", "https://example.org/b");
    assertThat(headlines(run.outLines())).containsExactly("Police raid a safe house",
        "Border guards arrest eight");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith(warc + "#");
    assertThat(run.errLines().get(1)).startsWith("casefile: 9 inputs, 2 articles, 1 failure"
        + " (MalformedInputException: 1), 6 skipped (image: 1, redirect: 1, request record: 2,"
        + " robots.txt: 1, warcinfo record: 1) in ").contains(" articles/s, ").endsWith(" MB/s)");
    List<String> records = Files.readAllLines(failures, StandardCharsets.UTF_8);
    assertThat(records).singleElement().satisfies(record -> {
      JsonNode failure = JSON.readTree(record);
      assertThat(failure.get("exception").asText()).isEqualTo("MalformedInputException");
      assertThat(failure.get("input").asText()).startsWith(warc + "#");
    });
  }

  @Test
  void archiveWhoseRecordsAreArticlesOrSkipsExits0() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    Files.write(warc, crawl(false).bytes());

    CliRun.Result run = CliRun.run("parse", warc.toString());

    assertThat(run.exit()).as("skipped records are not rejections").isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("casefile: 8 inputs, 2 articles, 0 failures, 6 skipped (");
  }

  @Test
  void archiveOfSkippedRecordsOnlyExits0AndWritesNothing() throws IOException {
    Path warc = dir.resolve("static.warc.gz");
    Files.write(warc, new WarcFixture(true).warcinfo().image("https://example.org/logo.png")
        .bytes());

    CliRun.Result run = CliRun.run("parse", warc.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("casefile: 2 inputs, 0 articles, 0 failures, 2 skipped (image: 1,"
            + " warcinfo record: 1) in ");
  }

  @Test
  void archiveOnStandardInputIsExpandedRecordByRecord() {
    CliRun.Result run = CliRun.withStdin(crawl(true).bytes(), "parse", "-");

    assertThat(run.exit()).isZero();
    assertThat(headlines(run.outLines())).containsExactly("Police raid a safe house",
        "Border guards arrest eight");
    assertThat(run.errLines()).singleElement().asString().startsWith("casefile: 8 inputs, ");
  }

  @Test
  void archivesAndFilesTogetherGiveTheSameOutputWhateverTheNumberOfThreads()
      throws IOException {
    Fixtures.note(dir, "in/a.note", "A", "First.");
    Files.write(dir.resolve("in/b.warc.gz"), crawl(true).truncated("https://example.org/cut")
        .bytes());
    Fixtures.broken(dir, "in/c.note");
    Fixtures.note(dir, "in/d.note", "D", "Last.");
    String input = dir.resolve("in").toString();

    CliRun.Result one = CliRun.run("parse", "--threads", "1", input);
    CliRun.Result three = CliRun.run("parse", "--threads", "3", input);

    assertThat(one.exit()).isEqualTo(1);
    assertThat(headlines(one.outLines())).containsExactly("A", "Police raid a safe house",
        "Border guards arrest eight", "D");
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(withoutSummary(three.errLines())).isEqualTo(withoutSummary(one.errLines()))
        .hasSize(2);
    assertThat(one.errLines().get(2)).startsWith("casefile: 12 inputs, 4 articles, 2 failures");
  }

  private static WarcFixture crawl(boolean gzip) {
    return new WarcFixture(gzip).warcinfo()
        .page("https://example.org/a", "Police raid a safe house",
            "Chinese police raided a safe house in Yanji last month.")
        .image("https://example.org/logo.png")
        .robots("https://example.org/robots.txt")
        .redirect("https://example.org/old", "https://example.org/a")
        .page("https://example.org/b", "Border guards arrest eight",
            "Border guards arrested eight defectors near the Tumen River.");
  }

  private static Article parse(String json) {
    try {
      return CasefileJson.fromJson(json);
    } catch (IOException e) {
      throw new AssertionError("not an article: " + json, e);
    }
  }

  private static List<String> headlines(List<String> jsonLines) {
    List<String> headlines = new ArrayList<>();
    for (String line : jsonLines) {
      headlines.add(parse(line).headline().orElse(null));
    }
    return headlines;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> withoutSummary(List<String> errLines) {
    return errLines.subList(0, errLines.size() - 1);
  }
}
