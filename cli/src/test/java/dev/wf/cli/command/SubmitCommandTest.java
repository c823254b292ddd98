package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.cli.CliRun;
import dev.wf.cli.FakeServer.Response;
import dev.wf.cli.Fixtures;

class SubmitCommandTest extends CommandTestBase {
  private static final String YAML = "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n";
  private Path file;

  @BeforeEach
  void workflowFile() throws Exception {
    file = Files.writeString(wfHome.resolve("hello.yaml"), YAML);
  }

  @Test
  void sendsTheFileTextAndPrintsTheNewWorkflowsName() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("dag-running"));

    CliRun run = wf("submit", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("dag-xyz\n");
    JsonNode sent = sentRequest();
    assertThat(sent.get("yaml").asText()).isEqualTo(YAML);
    assertThat(sent.get("file").asText()).isEqualTo(file.toString());
  }

  @Test
  void notesOnceThePodOnlyFieldsTheLocalRuntimeDoesNotApply() throws Exception {
    server.on(
        "POST",
        "/api/v1/workflows",
        201,
        """
        {"metadata": {"name": "pods-abc"},
         "spec": {"entrypoint": "main", "podGC": {"strategy": "OnPodSuccess"},
                  "templates": [{"name": "main", "nodeSelector": {"disk": "ssd"},
                                 "container": {"image": "alpine", "resources": {"limits": {"cpu": "1"}}}}]}}
        """);

    CliRun run = wf("submit", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "wf: note: kept but not applied when running locally (they shape Kubernetes pods):"
                + " podGC, templates[main].nodeSelector, templates[main].container.resources\n");
  }

  @Test
  void saysNothingAboutPodFieldsWhenNoneAreSet() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("dag-running"));

    assertThat(wf("submit", file.toString()).err()).isEmpty();
  }

  @Test
  void sendsParametersEntrypointAndNaming() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("dag-running"));

    wf(
        "submit",
        file.toString(),
        "-p",
        "message=a=b",
        "--parameter",
        "count=3",
        "--entrypoint",
        "main",
        "--generate-name",
        "hello-");

    JsonNode sent = sentRequest();
    assertThat(sent.get("parameters").get("message").asText()).isEqualTo("a=b");
    assertThat(sent.get("parameters").get("count").asText()).isEqualTo("3");
    assertThat(sent.get("entrypoint").asText()).isEqualTo("main");
    assertThat(sent.get("generateName").asText()).isEqualTo("hello-");
  }

  @Test
  void readsTheWorkflowFromStandardInput() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("dag-running"));

    wfWithInput(YAML, "submit", "-");

    assertThat(sentRequest().get("yaml").asText()).isEqualTo(YAML);
    assertThat(sentRequest().get("file").asText()).isEqualTo("stdin");
  }

  @Test
  void fromTemplateSendsTheCanonicalReferenceAndNoText() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("dag-running"));

    wf("submit", "--from", "wftmpl/hello-tmpl");

    assertThat(sentRequest().get("fromTemplate").asText()).isEqualTo("workflowtemplate/hello-tmpl");
    assertThat(sentRequest().has("yaml")).isFalse();
  }

  @Test
  void refusedWorkflowPrintsEachErrorAndExitsOne() {
    server.on(
        "POST",
        "/api/v1/workflows",
        422,
        """
        {"errors":[
          {"file":"hello.yaml","line":4,"column":3,"path":"spec","message":"entrypoint is missing"},
          {"file":"hello.yaml","line":9,"column":7,"path":"spec.templates[0].dag","message":"cycle"}]}
        """);

    CliRun run = wf("submit", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "hello.yaml:4:3: spec: entrypoint is missing\n"
                + "hello.yaml:9:7: spec.templates[0].dag: cycle\n");
  }

  @Test
  void missingFileFailsWithOneLine() {
    CliRun run = wf("submit", "nowhere.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: no such file: nowhere.yaml\n");
  }

  @Test
  void fileTogetherWithFromIsAUsageError() {
    CliRun run = wf("submit", file.toString(), "--from", "workflowtemplate/x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: wf submit");
  }

  @Test
  void unknownTemplateKindIsAUsageError() {
    assertThat(wf("submit", "--from", "pipeline/x").exitCode()).isEqualTo(2);
  }

  @Test
  void waitReportsTheEndAndExitsOneWhenTheWorkflowFailed() {
    runsThenEnds(WorkflowPhase.FAILED, "child 'C' failed");

    CliRun run = wf("submit", file.toString(), "--wait");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("dag-xyz\ndag-xyz Failed at 2026-01-02T10:06:00Z: child 'C' failed\n");
  }

  @Test
  void waitExitsZeroWhenTheWorkflowSucceeded() {
    runsThenEnds(WorkflowPhase.SUCCEEDED, null);

    assertThat(wf("submit", file.toString(), "--wait").exitCode()).isZero();
  }

  @Test
  void waitWithJsonOutputPrintsOnlyTheFinalWorkflow() {
    runsThenEnds(WorkflowPhase.SUCCEEDED, null);

    CliRun run = wf("submit", file.toString(), "--wait", "-o", "json");

    Workflow printed = ModelJson.read(run.out(), Workflow.class);
    assertThat(printed.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void watchPrintsTheFinalViewOnceWhenNotOnATerminal() {
    runsThenEnds(WorkflowPhase.SUCCEEDED, null);

    CliRun run = wf("submit", file.toString(), "--watch");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Name:                dag-xyz\n")
        .containsOnlyOnce("Name:")
        .contains("Status:              Succeeded\n");
  }

  @Test
  void logStreamsTheStepsOutputThenExitsByPhase() {
    runsThenEnds(WorkflowPhase.FAILED, "boom");
    server.on(
        "GET",
        "/api/v1/workflows/dag-xyz/log",
        200,
        "{\"nodeId\":\"dag-xyz-a\",\"step\":\"A\",\"content\":\"hi\"}\n");

    CliRun run = wf("submit", file.toString(), "--log");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("dag-xyz\nA: hi\n");
    assertThat(run.err()).isEqualTo("wf: dag-xyz Failed at 2026-01-02T10:06:00Z: boom\n");
    assertThat(server.requests().get(1).query()).isEqualTo("follow=true");
  }

  @Test
  void dryRunSaysSoAndDoesNotFollow() throws Exception {
    server.on("POST", "/api/v1/workflows", 200, Fixtures.json("dag-running"));

    CliRun run = wf("submit", file.toString(), "--dry-run", "--wait");

    assertThat(run.exitCode()).isZero();
    assertThat(sentRequest().get("dryRun").asBoolean()).isTrue();
    assertThat(server.requests()).hasSize(1);
  }

  /** The server accepts the workflow, shows it running, then ended in {@code phase}. */
  private void runsThenEnds(WorkflowPhase phase, String message) {
    Workflow running = Fixtures.workflow("dag-running");
    Workflow ended =
        running.withStatus(
            running
                .status()
                .withPhase(
                    phase,
                    message,
                    running.status().startedAt(),
                    Instant.parse("2026-01-02T10:06:00Z")));
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("dag-running"));
    server.on(
        "GET",
        "/api/v1/workflows/dag-xyz",
        request -> new Response(200, Fixtures.json("dag-running"), Map.of("X-Wf-Version", "1")));
    server.on(
        "GET",
        "/api/v1/workflows/dag-xyz",
        request -> new Response(200, ModelJson.write(ended), Map.of("X-Wf-Version", "2")));
  }

  private JsonNode sentRequest() throws Exception {
    return ModelJson.mapper().readTree(server.requests("POST", "/api/v1/workflows").get(0).body());
  }
}
