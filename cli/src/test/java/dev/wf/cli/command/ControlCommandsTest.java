package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

/** {@code wf suspend}, {@code resume}, {@code stop}, {@code terminate} and {@code node set}. */
class ControlCommandsTest extends CommandTestBase {
  private static final String DAG = "/api/v1/workflows/dag-xyz";

  @Test
  void suspendConfirmsEachWorkflow() {
    server.on("PUT", DAG + "/suspend", 200, Fixtures.json("dag-running"));

    CliRun run = wf("suspend", "dag-xyz");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("workflow dag-xyz suspended\n");
    assertThat(server.requests("PUT", DAG + "/suspend")).hasSize(1);
  }

  @Test
  void latestIsConfirmedUnderTheWorkflowsName() {
    server.on("PUT", "/api/v1/workflows/@latest/terminate", 200, Fixtures.json("dag-running"));

    assertThat(wf("terminate", "@latest").out()).isEqualTo("workflow dag-xyz terminated\n");
  }

  @Test
  void resumeSendsTheNodeFieldSelector() {
    server.on("PUT", DAG + "/resume", 200, Fixtures.json("dag-running"));

    CliRun run = wf("resume", "dag-xyz", "--node-field-selector", "displayName=approve");

    assertThat(run.out()).isEqualTo("workflow dag-xyz resumed\n");
    assertThat(server.requests("PUT", DAG + "/resume").getFirst().body())
        .isEqualTo("{\"nodeFieldSelector\":\"displayName=approve\"}");
  }

  @Test
  void aRefusalPrintsTheServersReasonAndExitsOne() {
    server.on(
        "PUT",
        "/api/v1/workflows/fail-abc/suspend",
        400,
        "{\"message\":\"workflow \\\"fail-abc\\\" has completed (Failed): it cannot be suspended\"}");
    server.on("PUT", DAG + "/suspend", 200, Fixtures.json("dag-running"));

    CliRun run = wf("suspend", "fail-abc", "dag-xyz");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("wf: workflow \"fail-abc\" has completed (Failed): it cannot be suspended\n");
    assertThat(run.out()).isEqualTo("workflow dag-xyz suspended\n");
  }

  @Test
  void aBadSelectorIsAUsageError() {
    CliRun run = wf("resume", "dag-xyz", "--node-field-selector", "displayName");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("invalid node field selector \"displayName\"")
        .contains("Usage: wf resume");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void stopSendsTheSelectorAndMessage() {
    server.on("PUT", DAG + "/stop", 200, Fixtures.json("dag-running"));

    CliRun run =
        wf("stop", "dag-xyz", "--node-field-selector", "displayName=approve", "--message", "no");

    assertThat(run.out()).isEqualTo("workflow dag-xyz stopped\n");
    assertThat(server.requests("PUT", DAG + "/stop").getFirst().body())
        .isEqualTo("{\"nodeFieldSelector\":\"displayName=approve\",\"message\":\"no\"}");
  }

  @Test
  void stopMessageWithoutSelectorIsAUsageError() {
    assertThat(wf("stop", "dag-xyz", "--message", "why").exitCode()).isEqualTo(2);
  }

  @Test
  void nodeSetSendsOutputParametersMessageAndPhase() {
    server.on("PUT", DAG + "/set", 200, Fixtures.json("dag-running"));

    CliRun run =
        wf(
            "node",
            "set",
            "dag-xyz",
            "--node-field-selector",
            "displayName=approve",
            "--output-parameter",
            "answer=yes",
            "-m",
            "ok");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("workflow dag-xyz updated\n");
    assertThat(server.requests("PUT", DAG + "/set").getFirst().body())
        .isEqualTo(
            "{\"nodeFieldSelector\":\"displayName=approve\",\"outputParameters\":{\"answer\":\"yes\"},"
                + "\"message\":\"ok\"}");
  }

  @Test
  void nodeSetWithoutSelectorIsAUsageError() {
    CliRun run = wf("node", "set", "dag-xyz", "-p", "answer=yes");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--node-field-selector");
  }

  @Test
  void nodeWithoutActionIsAUsageError() {
    assertThat(wf("node").exitCode()).isEqualTo(2);
  }
}
