package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;

class LintCommandTest extends CommandTestBase {
  @Test
  void withoutFilesIsAUsageError() {
    assertThat(wf("lint").exitCode()).isEqualTo(2);
  }

  @Test
  void missingFileFailsWithOneLine() {
    CliRun run = wf("lint", "absent.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: no such file: absent.yaml\n");
  }
}
