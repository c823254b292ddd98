package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

class GetCommandTest extends CommandTestBase {
  @Test
  void printsHeaderAndStepTree() {
    server.on("GET", "/api/v1/workflows/@latest", 200, Fixtures.json("steps-parallel"));

    CliRun run = wf("get", "@latest");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Name:                steps-abc\n")
        .contains(" └─┬─✔ hello2a  print-message      steps-abc-2  55s\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonOutputIsTheWholeWorkflowObject() {
    server.on("GET", "/api/v1/workflows/dag-xyz", 200, Fixtures.json("dag-running"));

    CliRun run = wf("get", "dag-xyz", "-o", "json");

    assertThat(ModelJson.read(run.out(), Workflow.class))
        .isEqualTo(Fixtures.workflow("dag-running"));
  }

  @Test
  void yamlOutputHasTheModelsFieldNames() {
    server.on("GET", "/api/v1/workflows/dag-xyz", 200, Fixtures.json("dag-running"));

    CliRun run = wf("get", "dag-xyz", "-o", "yaml");

    assertThat(run.out())
        .startsWith(
            "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: dag-xyz\n")
        .contains("    boundaryID: dag-xyz\n");
  }

  @Test
  void noUtf8OptionAfterTheNameSwitchesToWords() {
    server.on("GET", "/api/v1/workflows/dag-xyz", 200, Fixtures.json("dag-running"));

    CliRun run = wf("get", "dag-xyz", "--no-utf8");

    assertThat(run.out()).contains(" |-Succeeded A ").doesNotContain("✔");
  }

  @Test
  void missingWorkflowPrintsServerMessageWithoutUsageAndExitsOne() {
    server.on("GET", "/api/v1/workflows/nope", 404, "{\"message\":\"workflow nope not found\"}");

    CliRun run = wf("get", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: workflow nope not found\n");
  }

  @Test
  void verboseAddsTheStackTrace() {
    server.on("GET", "/api/v1/workflows/nope", 404, "{\"message\":\"workflow nope not found\"}");

    CliRun run = wf("--verbose", "get", "nope");

    assertThat(run.err())
        .contains("dev.wf.cli.client.ApiException: workflow nope not found")
        .contains("\tat dev.wf.cli.")
        .endsWith("wf: workflow nope not found\n");
  }

  @Test
  void nodeFieldSelectorShowsOnlyTheNodesItPicks() {
    server.on("GET", "/api/v1/workflows/fail-abc", 200, Fixtures.json("steps-failed"));

    CliRun run = wf("get", "fail-abc", "--node-field-selector", "phase=Failed");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(" fail ").doesNotContain(" ok ").doesNotContain("notify");
  }

  @Test
  void statusIsASelectorOnThePhase() {
    server.on("GET", "/api/v1/workflows/fail-abc", 200, Fixtures.json("steps-failed"));

    CliRun run = wf("get", "fail-abc", "--status", "Succeeded");

    assertThat(run.out()).contains(" ok ").contains("notify").doesNotContain(" fail ");
  }

  @Test
  void anUnknownSelectorFieldIsAUsageError() {
    CliRun run = wf("get", "x", "--node-field-selector", "colour=red");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown field \"colour\"");
  }

  @Test
  void unknownOutputFormatIsAUsageError() {
    CliRun run = wf("get", "x", "-o", "table");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown output format 'table'").contains("Usage: wf get");
  }

  @Test
  void wideOutputListsEachStepsOutputArtifacts() {
    server.on("GET", "/api/v1/workflows/art-abc", 200, Fixtures.json("artifacts-done"));

    CliRun run = wf("get", "art-abc", "-o", "wide");

    assertThat(run.out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("STEP")
                    .containsSubsequence("DURATION", "ARTIFACTS", "MESSAGE"))
        .anySatisfy(line -> assertThat(line).contains("produce").contains(" dataset,main-logs"))
        .anySatisfy(line -> assertThat(line).contains("report").contains(" summary"));
  }

  @Test
  void headerShowsTheWorkflowsOutputArtifactsAndWhereTheyAre() {
    server.on("GET", "/api/v1/workflows/art-abc", 200, Fixtures.json("artifacts-done"));

    CliRun run = wf("get", "art-abc");

    assertThat(run.out())
        .contains(
            "Output Artifacts:\n"
                + "  summary:           /var/wf/artifacts/art-abc/art-abc-2/summary.txt\n");
  }

  @Test
  void headerShowsConditionsSuchAsAFailedArtifactGarbageCollection() {
    server.on("GET", "/api/v1/workflows/art-abc", 200, Fixtures.json("artifacts-done"));

    CliRun run = wf("get", "art-abc");

    assertThat(run.out())
        .contains(
            "Conditions:\n"
                + " ArtifactGCError     artifact garbage collection failed: cannot delete"
                + " artifact \"tmp\"\n");
  }
}
