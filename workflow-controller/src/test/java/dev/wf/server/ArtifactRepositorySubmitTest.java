package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;

/** Submission resolves the artifact repository once and keeps it in the workflow's status. */
class ArtifactRepositorySubmitTest {
  private static final String WORKFLOW =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {name: art}
      spec:
        entrypoint: main
      %s
        templates:
        - name: main
          container: {image: alpine, command: ["true"]}
      """;

  @TempDir Path wfHome;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    Files.writeString(
        wfHome.resolve("config.yaml"),
        "artifactRepository:\n  s3: {endpoint: 'minio:9000', bucket: from-config}\n");
    harness = LocalHarness.start(wfHome);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private SubmitOutcome dryRun(String specLines) {
    String yaml = WORKFLOW.formatted(specLines.indent(2).stripTrailing());
    return harness
        .service()
        .submit(new SubmitRequest("art.yaml", yaml, null, Map.of(), null, null, null, true));
  }

  @Test
  void refusesARefToAConfigMapThatDoesNotExist() {
    var outcome = dryRun("artifactRepositoryRef: {configMap: my-repos, key: v1}");

    assertThat(outcome.workflow()).isNull();
    assertThat(outcome.errors())
        .extracting(SpecError::render)
        .containsExactly(
            "art.yaml:1:1: spec.artifactRepositoryRef: ConfigMap \"my-repos\" not found (create it"
                + " with `wf configmap create`)");
  }

  @Test
  void keepsTheConfiguredDefaultInTheStatus() {
    var outcome = dryRun("");

    var ref = outcome.workflow().status().artifactRepositoryRef();
    assertThat(ref.isDefault()).isTrue();
    assertThat(ref.artifactRepository().s3().bucket()).isEqualTo("from-config");
  }

  @Test
  void keepsTheRepositoryARefNamesInTheStatus() {
    var meta = ObjectMeta.named("my-repos");
    harness
        .service()
        .configMaps()
        .create(new ConfigMap(null, null, meta, Map.of("v1", "file: {root: " + wfHome + "/v1}\n")));

    var outcome = dryRun("artifactRepositoryRef: {configMap: my-repos, key: v1}");

    var ref = outcome.workflow().status().artifactRepositoryRef();
    assertThat(ref.configMap()).isEqualTo("my-repos");
    assertThat(ref.key()).isEqualTo("v1");
    assertThat(ref.artifactRepository()).isEqualTo(ArtifactRepository.file(wfHome + "/v1"));
  }
}
