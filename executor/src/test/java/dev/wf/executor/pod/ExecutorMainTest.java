package dev.wf.executor.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.executor.StepSpec;
import dev.wf.executor.StepSpec.OutputParameterSpec;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.InputArtifactSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.RepositorySpec;

@EnableKubernetesMockClient(crud = true)
class ExecutorMainTest {
  static KubernetesClient client;

  @TempDir Path dir;

  private StepSpec spec(String nodeId, List<InputArtifactSpec> inputs) {
    var repository = RepositorySpec.file(dir.resolve("repository").toString());
    return new StepSpec(
        "wf",
        nodeId,
        "t",
        "alpine",
        List.of("sh"),
        null,
        null,
        null,
        "echo hi",
        List.of(new OutputParameterSpec("n", "/tmp/n", null)),
        null,
        true,
        inputs,
        List.of(new OutputArtifactSpec("a", "/tmp/a", repository, "wf/a.tgz", null, false)),
        null,
        null,
        null);
  }

  private Map<String, String> env(StepSpec spec) {
    var env = new HashMap<String, String>();
    env.put(PodLayout.ENV_SPEC, StepJson.write(spec));
    env.put(PodLayout.ENV_DIR, dir.resolve("var").toString());
    env.put(PodLayout.ENV_NAMESPACE, "ns");
    env.put(PodLayout.ENV_WORKFLOW_UID, "uid-1");
    return env;
  }

  private GenericKubernetesResource stepResult(String name) {
    return client
        .genericKubernetesResources(KubernetesResultReporter.RESOURCE)
        .inNamespace("ns")
        .withName(name)
        .get();
  }

  private static InputArtifactSpec raw(String name, String path, String text) {
    return new InputArtifactSpec(name, path, null, text, null, false, null, null);
  }

  /** What the shim would leave after a command that wrote both outputs and printed "hi". */
  private void mainEnded(int exitCode) throws Exception {
    Path var = dir.resolve("var");
    Files.createDirectories(var.resolve("outputs/tmp"));
    Files.createDirectories(var.resolve("main"));
    Files.writeString(var.resolve("outputs/tmp/n"), "7\n");
    Files.writeString(var.resolve("outputs/tmp/a"), "data");
    Files.writeString(var.resolve(PodLayout.STDOUT), "hi\n");
    Files.writeString(var.resolve(PodLayout.EXIT_CODE), exitCode + "\n");
  }

  @Test
  void initWritesTheShimTheScriptAndTheOutputPaths() {
    int code = ExecutorMain.run("init", env(spec("n1", List.of())), client);

    Path var = dir.resolve("var");
    assertThat(code).isZero();
    assertThat(var.resolve(PodLayout.SHIM)).isExecutable();
    assertThat(var.resolve(PodLayout.SCRIPT)).hasContent("echo hi");
    assertThat(var.resolve(PodLayout.OUTPUT_PATHS)).hasContent("/tmp/n\n/tmp/a");
  }

  @Test
  void initPlacesEachInputUnderItsIndex() {
    var inputs = List.of(raw("x", "/in/x", "first"), raw("y", "/in/y", "second"));

    ExecutorMain.run("init", env(spec("n2", inputs)), client);

    assertThat(dir.resolve("var/inputs/1")).hasContent("second");
  }

  @Test
  void initReportsAnErrorWhenAnInputCannotBePlaced() {
    var missing =
        new ArtifactLocation(RepositorySpec.file(dir.toString()), "nope", null, null, null);
    var input = new InputArtifactSpec("x", "/in/x", missing, null, null, false, null, null);

    int code = ExecutorMain.run("init", env(spec("n3", List.of(input))), client);

    assertThat(code).isEqualTo(1);
    assertThat(stepResult("n3").get("status").toString())
        .contains("phase=ERROR")
        .contains("artifact \"x\" failed to load");
  }

  @Test
  void waitReportsTheResultAsAStepResultResource() throws Exception {
    mainEnded(0);

    int code = ExecutorMain.run("wait", env(spec("n4", List.of())), client);

    assertThat(code).isZero();
    GenericKubernetesResource r = stepResult("n4");
    Map<String, Object> status = r.get("status");
    assertThat(status)
        .containsEntry("phase", "SUCCEEDED")
        .containsEntry("exitCode", 0)
        .containsEntry("result", "hi")
        .containsEntry("outputParameters", Map.of("n", "7"));
    assertThat(r.<String>get("status", "outputArtifacts", 0, "location", "key"))
        .isEqualTo("wf/a.tgz");
    assertThat(r.<String>get("status", "startedAt")).endsWith("Z");
    assertThat(r.getMetadata().getLabels()).containsEntry(PodLayout.LABEL_WORKFLOW, "wf");
    assertThat(r.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo("Workflow");
              assertThat(o.getUid()).isEqualTo("uid-1");
            });
  }

  @Test
  void aRestartedWaitOverwritesTheEarlierResult() throws Exception {
    mainEnded(0);
    ExecutorMain.run("wait", env(spec("n5", List.of())), client);
    mainEnded(3);

    ExecutorMain.run("wait", env(spec("n5", List.of())), client);

    assertThat(stepResult("n5").<String>get("status", "phase")).isEqualTo("FAILED");
  }

  @Test
  void rejectsAnUnknownPhase() {
    assertThat(ExecutorMain.run("main", env(spec("n6", List.of())), client)).isEqualTo(2);
  }

  @Test
  void rejectsAMissingSpec() {
    assertThat(ExecutorMain.run("init", Map.of(), client)).isEqualTo(2);
  }
}
