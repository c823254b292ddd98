package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Condition;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.file.FileArtifactRepository;
import dev.wf.artifacts.s3.S3ArtifactRepository;
import dev.wf.artifacts.s3.S3TestServer;
import dev.wf.config.SemaphoreLimits;
import dev.wf.engine.gc.GcFixtures;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.runtime.StepRuntime;
import dev.wf.store.EmbeddedStore;

/**
 * Artifact garbage collection through the controller, over a real store and real repositories: on
 * completion (the applier performs {@code decide}'s deletion) and on {@code delete}.
 */
class WorkflowControllerGcTest {
  private static final String WORKFLOW =
      """
      metadata: {name: gc}
      spec:
        entrypoint: main
        artifactGC: STRATEGY
        templates:
        - name: main
          steps:
          - - {name: produce, template: step}
          - - {name: finish, template: step}
        - name: step
          container: {image: alpine, command: ["true"]}
      """;

  @TempDir Path dir;
  private EmbeddedStore store;
  private ArtifactRepository repository;
  private RepositorySpec spec;
  private ArtifactStores stores;
  private WorkflowController controller;
  private final Map<String, StepState> steps = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void start() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
    useRepository(new FileArtifactRepository(dir.resolve("artifacts")), fileSpec());
  }

  private RepositorySpec fileSpec() {
    return RepositorySpec.file(dir.resolve("artifacts").toString());
  }

  private void useRepository(ArtifactRepository newRepository, RepositorySpec newSpec) {
    repository = newRepository;
    spec = newSpec;
    stores =
        s -> {
          if (!s.equals(spec)) throw new ArtifactException(ArtifactException.Kind.FAILED, "other");
          return repository;
        };
  }

  @AfterEach
  void stop() {
    if (controller != null) controller.close();
    store.close();
  }

  private void startController() {
    controller =
        new WorkflowController(
            store, new FixedSteps(), Clock.systemUTC(), SemaphoreLimits.NONE, stores);
    controller.start();
  }

  /**
   * Stores the workflow with {@code gc} as {@code spec.artifactGC} once {@code produce} has stored
   * {@code out} and {@code main-logs} (both put in the repository) and {@code finish} runs; with
   * {@code complete}, after {@code finish} ended too.
   */
  private Workflow stored(String gc, boolean complete) throws ArtifactException {
    var run = new EngineRun(workflow(WORKFLOW.replace("STRATEGY", gc)));
    run.pass(T0);
    run.succeed("gc[0].produce", Map.of(), T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    String produce = run.id("gc[0].produce");
    GcFixtures.put(repository, "gc/out");
    GcFixtures.put(repository, "gc/main.log");
    List<Artifact> artifacts =
        List.of(
            GcFixtures.stored("out", spec, "gc/out", null),
            GcFixtures.stored("main-logs", spec, "gc/main.log", null));
    run.control(wf -> wf.withStatus(GcFixtures.withArtifacts(wf.status(), produce, artifacts)));
    steps.put(produce, EngineFixtures.succeeded("", Map.of()));
    steps.put(run.id("gc[1].finish"), EngineFixtures.succeeded("", Map.of()));
    if (complete) {
      run.end("gc[1].finish", 0, T0.plusSeconds(2));
      run.pass(T0.plusSeconds(2));
    }
    store.create(run.workflow());
    return run.workflow();
  }

  private Workflow awaitCompleted() {
    return await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(
            () -> store.get("gc").orElseThrow(),
            wf -> wf.status().phase() != null && wf.status().phase().completed());
  }

  @Test
  void completionDeletesTheArtifactsAndMarksThemDeleted() throws Exception {
    stored("{strategy: OnWorkflowCompletion}", false);

    startController();

    Workflow done = awaitCompleted();
    assertThat(done.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(repository.list("gc/")).isEmpty();
    assertThat(EngineFixtures.nodeNamed(done.status(), "gc[0].produce").outputs().artifacts())
        .extracting(Artifact::deleted)
        .containsExactly(true, true);
  }

  @Test
  void aCompletionThatCannotDeleteRecordsAConditionAndStillCompletes() throws Exception {
    stored("{strategy: OnWorkflowCompletion}", false);
    stores =
        s -> {
          throw new ArtifactException(ArtifactException.Kind.UNAVAILABLE, "down");
        };

    startController();

    Workflow done = awaitCompleted();
    assertThat(done.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(done.status().conditions())
        .extracting(Condition::type)
        .containsExactly(Condition.ARTIFACT_GC_ERROR);
    assertThat(repository.list("gc/")).hasSize(2);
  }

  @Test
  void deletingTheWorkflowDeletesItsArtifacts() throws Exception {
    stored("{strategy: OnWorkflowDeletion}", true);
    startController();

    WorkflowDeletion deletion = controller.delete("gc", false);

    assertThat(deletion).isEqualTo(new WorkflowDeletion(true, true, 2, List.of()));
    assertThat(repository.list("gc/")).isEmpty();
    assertThat(store.get("gc")).isEmpty();
  }

  @Test
  void deletingTheWorkflowDeletesItsArtifactsFromAnS3Server() throws Exception {
    try (var server = S3TestServer.start();
        var s3 = new S3ArtifactRepository(server.settings("gc-bucket"))) {
      useRepository(
          s3,
          RepositorySpec.s3(
              new RepositorySpec.S3(
                  server.endpoint(), "gc-bucket", "us-east-1", true, null, null, true)));
      stored("{strategy: OnWorkflowDeletion}", true);
      startController();

      WorkflowDeletion deletion = controller.delete("gc", false);

      assertThat(deletion.artifactsDeleted()).isEqualTo(2);
      assertThat(s3.list("gc/")).isEmpty();
    }
  }

  @Test
  void deletingAWorkflowThatKeepsItsArtifactsLeavesThem() throws Exception {
    stored("{strategy: Never}", true);
    startController();

    WorkflowDeletion deletion = controller.delete("gc", false);

    assertThat(deletion).isEqualTo(new WorkflowDeletion(true, true, 0, List.of()));
    assertThat(repository.list("gc/")).hasSize(2);
  }

  @Test
  void aWorkflowWhoseArtifactsCannotBeDeletedIsKeptWithACondition() throws Exception {
    stored("{strategy: OnWorkflowDeletion}", true);
    stores =
        s -> {
          throw new ArtifactException(ArtifactException.Kind.ACCESS_DENIED, "denied");
        };
    startController();

    WorkflowDeletion deletion = controller.delete("gc", false);

    assertThat(deletion.deleted()).isFalse();
    assertThat(deletion.failures()).hasSize(2).allMatch(f -> f.endsWith(": denied"));
    assertThat(store.get("gc").orElseThrow().status().conditions())
        .extracting(Condition::type)
        .containsExactly(Condition.ARTIFACT_GC_ERROR);
  }

  @Test
  void forceDeletesAWorkflowWhoseArtifactsCannotBeDeleted() throws Exception {
    stored("{strategy: OnWorkflowDeletion}", true);
    stores =
        s -> {
          throw new ArtifactException(ArtifactException.Kind.ACCESS_DENIED, "denied");
        };
    startController();

    WorkflowDeletion deletion = controller.delete("gc", true);

    assertThat(deletion.deleted()).isTrue();
    assertThat(store.get("gc")).isEmpty();
  }

  @Test
  void forceFinalizerRemovalDeletesAWorkflowWhoseArtifactsCannotBeDeleted() throws Exception {
    stored("{strategy: OnWorkflowDeletion, forceFinalizerRemoval: true}", true);
    stores =
        s -> {
          throw new ArtifactException(ArtifactException.Kind.ACCESS_DENIED, "denied");
        };
    startController();

    assertThat(controller.delete("gc", false).deleted()).isTrue();
  }

  @Test
  void deletingARunningWorkflowDeletesItsCompletionArtifactsToo() throws Exception {
    stored("{strategy: OnWorkflowCompletion}", false);
    steps.clear();
    startController();

    WorkflowDeletion deletion = controller.delete("gc", false);

    assertThat(deletion.artifactsDeleted()).isEqualTo(2);
    assertThat(repository.list("gc/")).isEmpty();
  }

  /** A runtime whose steps are in the states the test put in {@code steps}. */
  private final class FixedSteps implements StepRuntime {
    @Override
    public void start(StepSpec stepSpec) {}

    @Override
    public void kill(String workflowName, String nodeId, String message) {}

    @Override
    public Map<String, StepState> observe(String workflowName) {
      return Map.copyOf(steps);
    }

    @Override
    public void onStepChanged(Consumer<String> listener) {}

    @Override
    public void forget(String workflowName) {}

    @Override
    public void close() {}
  }
}
