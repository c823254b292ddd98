package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;
import dev.wf.cli.FakeServer;
import dev.wf.cli.Fixtures;

class DeleteCommandTest extends CommandTestBase {
  @Test
  void deletesEachNamedWorkflow() {
    server.on("DELETE", "/api/v1/workflows/a", 200, "{}");
    server.on("DELETE", "/api/v1/workflows/b", 200, "{}");

    CliRun run = wf("delete", "a", "b");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("Workflow 'a' deleted\nWorkflow 'b' deleted\n");
  }

  @Test
  void missingWorkflowIsReportedAndExitsOne() {
    server.on("DELETE", "/api/v1/workflows/a", 404, "{\"message\":\"not found\"}");

    CliRun run = wf("delete", "a");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: workflow 'a' not found\n");
  }

  @Test
  void completedDeletesOnlyFinishedWorkflows() {
    server.on(
        "GET",
        "/api/v1/workflows",
        200,
        "{\"items\":[" + Fixtures.json("dag-running") + "," + Fixtures.json("steps-failed") + "]}");
    server.on("DELETE", "/api/v1/workflows/fail-abc", 200, "{}");

    wf("delete", "--completed");

    assertThat(server.requests())
        .filteredOn(r -> r.method().equals("DELETE"))
        .extracting(FakeServer.Request::path)
        .containsExactly("/api/v1/workflows/fail-abc");
  }

  @Test
  void withoutNamesOrFlagsIsAUsageError() {
    assertThat(wf("delete").exitCode()).isEqualTo(2);
  }

  @Test
  void namesTogetherWithAllIsAUsageError() {
    assertThat(wf("delete", "a", "--all").exitCode()).isEqualTo(2);
  }

  @Test
  void saysHowManyArtifactsWereRemovedWithTheWorkflow() {
    server.on("DELETE", "/api/v1/workflows/a", 200, "{\"deleted\":\"a\",\"artifactsDeleted\":3}");

    CliRun run = wf("delete", "a");

    assertThat(run.out()).isEqualTo("Workflow 'a' deleted (3 artifacts removed)\n");
  }

  @Test
  void aWorkflowKeptBecauseItsArtifactsRemainIsReportedAndTheOthersDeleted() {
    server.on(
        "DELETE",
        "/api/v1/workflows/a",
        409,
        "{\"message\":\"workflow \\\"a\\\" was kept: denied\"}");
    server.on("DELETE", "/api/v1/workflows/b", 200, "{}");

    CliRun run = wf("delete", "a", "b");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: workflow \"a\" was kept: denied\n");
    assertThat(run.out()).isEqualTo("Workflow 'b' deleted\n");
  }

  @Test
  void forceIsSentToTheServer() {
    server.on("DELETE", "/api/v1/workflows/a", 200, "{}");

    wf("delete", "a", "--force");

    assertThat(server.requests("DELETE", "/api/v1/workflows/a"))
        .extracting(FakeServer.Request::query)
        .containsExactly("force=true");
  }
}
