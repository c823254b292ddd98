package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

/** {@code wf retry} and {@code wf resubmit}. */
class RerunCommandsTest extends CommandTestBase {
  private static final String FAILED = "/api/v1/workflows/fail-abc";

  @Test
  void retryPrintsTheWorkflowsName() {
    server.on("PUT", FAILED + "/retry", 200, Fixtures.json("steps-failed"));

    CliRun run = wf("retry", "fail-abc", "-p", "mode=good");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("fail-abc\n");
    assertThat(server.requests("PUT", FAILED + "/retry").getFirst().body())
        .isEqualTo("{\"parameters\":{\"mode\":\"good\"},\"restartSuccessful\":false}");
  }

  @Test
  void retrySendsRestartSuccessfulWithItsSelector() {
    server.on("PUT", FAILED + "/retry", 200, Fixtures.json("steps-failed"));

    wf("retry", "fail-abc", "--restart-successful", "--node-field-selector", "displayName=ok");

    assertThat(server.requests("PUT", FAILED + "/retry").getFirst().body())
        .isEqualTo("{\"restartSuccessful\":true,\"nodeFieldSelector\":\"displayName=ok\"}");
  }

  @Test
  void restartSuccessfulWithoutSelectorIsAUsageError() {
    CliRun run = wf("retry", "fail-abc", "--restart-successful");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--restart-successful and --node-field-selector go together");
  }

  @Test
  void retryOfARunningWorkflowFailsWithTheServersReason() {
    server.on(
        "PUT",
        "/api/v1/workflows/dag-xyz/retry",
        400,
        "{\"message\":\"workflow \\\"dag-xyz\\\" is Running: only a workflow that ended Failed or"
            + " Error can be retried\"}");

    CliRun run = wf("retry", "dag-xyz");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "wf: workflow \"dag-xyz\" is Running: only a workflow that ended Failed or Error can"
                + " be retried\n");
  }

  @Test
  void retryWaitReportsHowTheWorkflowEndedAndExitsOneOnFailure() {
    server.on("PUT", FAILED + "/retry", 200, Fixtures.json("dag-running"));
    server.on("GET", "/api/v1/workflows/dag-xyz", 200, Fixtures.json("steps-failed"));

    CliRun run = wf("retry", "fail-abc", "--wait");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("dag-xyz\n");
    assertThat(run.err()).startsWith("wf: fail-abc Failed at ");
  }

  @Test
  void retryWatchDrawsTheWorkflowUntilItEnds() {
    server.on("PUT", FAILED + "/retry", 200, Fixtures.json("dag-running"));
    server.on("GET", "/api/v1/workflows/dag-xyz", 200, Fixtures.json("steps-failed"));

    CliRun run = wf("retry", "fail-abc", "--watch");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Status:").contains("Failed").doesNotStartWith("dag-xyz\n");
  }

  @Test
  void watchAndLogTogetherAreAUsageError() {
    assertThat(wf("resubmit", "a", "--watch", "--log").exitCode()).isEqualTo(2);
  }

  @Test
  void waitTakesOneWorkflow() {
    assertThat(wf("retry", "a", "b", "--wait").exitCode()).isEqualTo(2);
  }

  @Test
  void resubmitPrintsTheNewWorkflowAsJson() {
    server.on("PUT", FAILED + "/resubmit", 201, Fixtures.json("dag-running"));

    CliRun run = wf("resubmit", "fail-abc", "--memoized", "-o", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n").contains("\"name\": \"dag-xyz\"");
    assertThat(server.requests("PUT", FAILED + "/resubmit").getFirst().body())
        .isEqualTo("{\"memoized\":true}");
  }
}
