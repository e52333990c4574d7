package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsCommandTest {
  @Test
  void listsEachRegisteredFormatWithItsOriginAndDescription() {
    CliRun.Result run = CliRun.run("formats");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    // The test format lives outside Casefile's packages, so its origin is where its class was
    // loaded from: the test classes directory.
    assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
        .matches("note +\\S*test-classes +test notes: a NOTE line, a headline, paragraphs"));
  }

  @Test
  void everyLineHasANameAnOriginAndADescription() {
    CliRun.Result run = CliRun.run("formats");

    assertThat(run.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line)
        .matches("[a-z0-9-]+ +(built-in|\\S+) +\\S.*"));
  }

  @Test
  void archiveFormatsAreListedAfterTheSourceFormats() {
    CliRun.Result run = CliRun.run("formats");

    assertThat(run.outLines().get(run.outLines().size() - 1))
        .matches("warc +built-in +archive: WARC archives .*");
  }
}
