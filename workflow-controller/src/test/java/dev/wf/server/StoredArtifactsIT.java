package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.WorkflowDeletion;

/**
 * What users do with stored artifacts, through the engine, the executor, real step processes and
 * the default file repository: garbage collection on completion and on deletion, downloading over
 * the API, and reading a step's archived log once its directory is gone.
 */
class StoredArtifactsIT {
  private static final String WORKFLOW =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {name: NAME}
      spec:
        entrypoint: main
        archiveLogs: true
        artifactGC: {strategy: STRATEGY}
        templates:
        - name: main
          container:
            image: alpine
            command: [sh, -c, "echo made; mkdir -p /tmp/out; echo hi > /tmp/out/hi.txt"]
          outputs:
            artifacts:
            - {name: out, path: /tmp/out}
            - {name: keep, path: /tmp/out/hi.txt, archive: {none: {}}, artifactGC: {strategy: Never}}
      """;

  @TempDir static Path wfHome;
  private static LocalHarness harness;

  @BeforeAll
  static void start() throws Exception {
    harness = LocalHarness.start(wfHome);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  private static Workflow run(String name, String strategy) {
    Workflow wf =
        harness.run(name + ".yaml", WORKFLOW.replace("NAME", name).replace("STRATEGY", strategy));
    assertThat(wf.status().phase()).as(wf.status().message()).isEqualTo(WorkflowPhase.SUCCEEDED);
    return wf;
  }

  private static List<Artifact> artifacts(Workflow wf) {
    return node(wf, wf.name()).outputs().artifacts();
  }

  private static boolean stored(Artifact artifact) {
    Path root = Path.of(artifact.location().repository().file().root());
    return Files.exists(root.resolve(artifact.location().key()));
  }

  @Test
  void completionDeletesTheOutputsAndTheArchivedLogButKeepsWhatSaysNever() {
    Workflow wf = run("gc-completion", "OnWorkflowCompletion");

    assertThat(artifacts(wf))
        .extracting(Artifact::name, Artifact::deleted)
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("out", true),
            org.assertj.core.api.Assertions.tuple("keep", null),
            org.assertj.core.api.Assertions.tuple("main-logs", true));
    assertThat(artifacts(wf)).filteredOn(a -> a.deleted() == null).allMatch(a -> stored(a));
    assertThat(artifacts(wf)).filteredOn(a -> a.deleted() != null).noneMatch(a -> stored(a));
  }

  @Test
  void deletingTheWorkflowDeletesItsArtifacts() {
    Workflow wf = run("gc-deletion", "OnWorkflowDeletion");
    assertThat(artifacts(wf)).allMatch(StoredArtifactsIT::stored);

    WorkflowDeletion deletion = harness.service().delete(wf.name(), false);

    assertThat(deletion.deleted()).isTrue();
    assertThat(deletion.artifactsDeleted()).isEqualTo(2);
    assertThat(artifacts(wf))
        .filteredOn(a -> !a.name().equals("keep"))
        .noneMatch(StoredArtifactsIT::stored);
  }

  @Test
  void theApiStreamsAStoredArtifactThatUnpacksToWhatTheStepWrote() throws Exception {
    Workflow wf = run("download", "Never");
    NodeStatus step = node(wf, wf.name());

    try (var api = new TestApi(harness.service())) {
      HttpResponse<InputStream> response =
          api.send(
              api.request("/api/v1/workflows/download/artifacts/" + step.id() + "/out")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      Path object = wfHome.resolve("download.tgz");
      try (InputStream body = response.body()) {
        Files.copy(body, object);
      }
      ArtifactUnpacker.unpack(
          response.headers().firstValue("X-Wf-Archive").orElseThrow(),
          object,
          wfHome.resolve("unpacked"));
    }

    assertThat(wfHome.resolve("unpacked/hi.txt")).hasContent("hi");
  }

  @Test
  void logsComeFromTheArchivedLogOnceTheStepsDirectoryIsGone() throws Exception {
    Workflow wf = run("archived-log", "Never");
    removeAll(wfHome.resolve("steps").resolve(wf.name()));

    assertThat(harness.logs(wf.name(), null)).containsExactly("made");
  }

  private static void removeAll(Path dir) throws Exception {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
