package io.github.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasefileCliTest {
  @Test
  void helpListsTheCommandsAndExits0() {
    CliRun.Result run = CliRun.run("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("parse").contains("formats").contains("schema")
        .contains("Exit codes:");
  }

  @Test
  void parseHelpDescribesEveryOption() {
    CliRun.Result run = CliRun.run("parse", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--format", "--jsonl", "--output", "--failures", "--threads",
        "--no-extract", "--debug", "INPUT");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    CliRun.Result run = CliRun.run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.outLines().get(0)).matches("casefile \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void noCommandPrintsTheUsageAndExits2() {
    CliRun.Result run = CliRun.run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: casefile");
  }

  @Test
  void unknownCommandExits2InTwoLines() {
    CliRun.Result run = CliRun.run("frobnicate");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("casefile: ").contains("frobnicate");
  }
}
