package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;

class ConfigMapCommandTest extends CommandTestBase {
  private static final String LIMITS =
      "{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"limits\"}}";

  private JsonNode sent() throws Exception {
    return ModelJson.mapper().readTree(server.requests("POST", "/api/v1/configmaps").get(0).body());
  }

  @Test
  void createSendsTheLiteralsAsData() throws Exception {
    server.on("POST", "/api/v1/configmaps", 201, LIMITS);

    CliRun run =
        wf(
            "configmap",
            "create",
            "limits",
            "--from-literal",
            "workflow=1",
            "--from-literal",
            "t=a=b");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("ConfigMap 'limits' created\n");
    assertThat(sent().at("/metadata/name").asText()).isEqualTo("limits");
    assertThat(sent().at("/data/workflow").asText()).isEqualTo("1");
    assertThat(sent().at("/data/t").asText()).isEqualTo("a=b");
  }

  @Test
  void createReadsAManifestFile() throws Exception {
    Path file =
        Files.writeString(
            wfHome.resolve("cm.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: limits\ndata:\n  workflow: 2\n");
    server.on("POST", "/api/v1/configmaps", 201, LIMITS);

    CliRun run = wf("configmap", "create", "--from-file", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(sent().at("/metadata/name").asText()).isEqualTo("limits");
    assertThat(sent().at("/data/workflow").asText()).isEqualTo("2");
  }

  @Test
  void createRefusesAManifestOfAnotherKind() throws Exception {
    Path file = Files.writeString(wfHome.resolve("wf.yaml"), "kind: Workflow\n");

    CliRun run = wf("configmap", "create", "--from-file", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: " + file + ": expected kind ConfigMap, found Workflow\n");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void createWithoutDataIsAUsageError() {
    CliRun run = wf("configmap", "create", "limits");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Give --from-literal KEY=VALUE or --from-file FILE");
  }

  @Test
  void createRefusesALiteralWithoutAValue() {
    CliRun run = wf("configmap", "create", "limits", "--from-literal", "workflow");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--from-literal needs KEY=VALUE, got 'workflow'");
  }

  @Test
  void getDescribesTheConfigMapWithItsEntries() {
    server.on("GET", "/api/v1/configmaps/answers", 200, Fixtures.json("configmap-cache"));

    CliRun run = wf("configmap", "get", "answers");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            Name:                answers
            Created:             Fri Jan 02 10:00:00 +0000 (5 minutes ago)
            Labels:              workflows.argoproj.io/configmap-type=Cache
            Data:
              answer-v1: {"nodeID":"memoized-answer-x","outputs":{"parameters":[{"name":"answer","value":"42"}]},"creationTimestamp":"2026-01-02T10:00:00Z","lastHitTimestamp":"2026-01-02T10:01:00Z"}
            """);
  }

  @Test
  void getPrintsYamlOnRequest() {
    server.on("GET", "/api/v1/configmaps/answers", 200, Fixtures.json("configmap-cache"));

    CliRun run = wf("configmap", "get", "answers", "-o", "yaml");

    assertThat(run.out())
        .startsWith("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: answers\n");
  }

  @Test
  void getOfAnUnknownConfigMapFailsWithTheServersMessage() {
    server.on(
        "GET",
        "/api/v1/configmaps/nope",
        404,
        "{\"message\":\"configmap \\\"nope\\\" not found\"}");

    CliRun run = wf("configmap", "get", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("wf: configmap \"nope\" not found\n");
  }

  @Test
  void listIsATableOfNamesDataCountsAndAges() {
    server.on(
        "GET", "/api/v1/configmaps", 200, "{\"items\":[" + Fixtures.json("configmap-cache") + "]}");

    CliRun run = wf("configmap", "list");

    assertThat(run.out()).isEqualTo("NAME      DATA   AGE\nanswers   1      5m\n");
  }

  @Test
  void deleteReportsEachNameAndFailsForAnUnknownOne() {
    server.on("DELETE", "/api/v1/configmaps/limits", 200, "{\"deleted\":\"limits\"}");
    server.on("DELETE", "/api/v1/configmaps/nope", 404, "{\"message\":\"not found\"}");

    CliRun run = wf("configmap", "delete", "limits", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("ConfigMap 'limits' deleted\n");
    assertThat(run.err()).isEqualTo("wf: ConfigMap 'nope' not found\n");
  }
}
