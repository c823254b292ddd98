package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;

class WfCommandTest extends CommandTestBase {
  @Test
  void withoutCommandPrintsUsageAndExitsTwo() {
    CliRun run = wf();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: wf").contains("submit");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(wf("launch").exitCode()).isEqualTo(2);
  }

  @Test
  void versionPrintsTheBuildVersion() {
    CliRun run = wf("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("wf ").doesNotContain("project.version");
  }

  @Test
  void templateWithoutVerbIsAUsageError() {
    CliRun run = wf("template");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing command");
  }
}
