package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

class ListCommandTest extends CommandTestBase {
  @BeforeEach
  void workflows() {
    server.on(
        "GET",
        "/api/v1/workflows",
        200,
        "{\"items\":["
            + Fixtures.json("dag-running")
            + ","
            + Fixtures.json("steps-parallel")
            + "]}");
  }

  @Test
  void printsAlignedTable() {
    CliRun run = wf("list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            NAME        STATUS      AGE   DURATION   MESSAGE
            dag-xyz     Running     5m    5m
            steps-abc   Succeeded   5m    1m 5s
            """);
  }

  @Test
  void runningShowsOnlyWorkflowsThatHaveNotCompleted() {
    assertThat(wf("list", "--running", "-o", "name").out()).isEqualTo("dag-xyz\n");
  }

  @Test
  void completedShowsOnlyFinishedWorkflows() {
    assertThat(wf("list", "--completed", "-o", "name").out()).isEqualTo("steps-abc\n");
  }

  @Test
  void statusShowsOnlyWorkflowsInThosePhases() {
    assertThat(wf("list", "--status", "Succeeded", "-o", "name").out()).isEqualTo("steps-abc\n");
    assertThat(wf("list", "--status", "failed,running", "-o", "name").out()).isEqualTo("dag-xyz\n");
  }

  @Test
  void anUnknownStatusIsAUsageError() {
    CliRun run = wf("list", "--status", "Done");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown status 'Done'");
  }

  @Test
  void jsonOutputIsAnArray() {
    assertThat(wf("list", "-o", "json").out()).startsWith("[\n  {\n    \"apiVersion\": ");
  }

  @Test
  void runningAndCompletedTogetherIsAUsageError() {
    assertThat(wf("list", "--running", "--completed").exitCode()).isEqualTo(2);
  }
}
