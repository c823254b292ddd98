package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;

class LintCommandTest extends CommandTestBase {
  private static final String LINT = "src/test/resources/lint/";

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

  @Test
  void cleanFilePrintsNothingAndSucceeds() {
    CliRun run = wf("lint", LINT + "clean.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fileWithTwoErrorsPrintsBothWithPositionsAndFails() {
    CliRun run = wf("lint", LINT + "two-errors.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            LINT
                + "two-errors.yaml:15:18: spec.templates[0].dag.tasks[1].depends:"
                + " unknown task \"frist\" (known: first, second)\n"
                + LINT
                + "two-errors.yaml:20:7: spec.templates[1].container.comand:"
                + " unknown field \"comand\"; did you mean \"command\"?\n");
  }
}
