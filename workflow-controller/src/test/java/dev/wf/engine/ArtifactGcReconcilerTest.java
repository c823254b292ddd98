package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.gc.GcFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Artifact;
import dev.wf.engine.gc.GcArtifact;
import dev.wf.engine.gc.GcFixtures;

/**
 * Artifact garbage collection as {@code decide} asks for it: when a workflow completes, one {@link
 * Action.DeleteArtifacts} for the stored outputs whose effective strategy is {@code
 * OnWorkflowCompletion}, the artifact's own strategy overriding the workflow's.
 */
class ArtifactGcReconcilerTest {
  /** Two steps; {@code produce} declares an output kept and one deleted on completion. */
  private static final String WORKFLOW =
      """
      metadata: {name: gc}
      spec:
        entrypoint: main
        STRATEGY
        templates:
        - name: main
          steps:
          - - {name: produce, template: produce}
          - - {name: finish, template: finish}
        - name: produce
          container: {image: alpine, command: ["true"]}
          outputs:
            artifacts:
            - {name: kept, path: /tmp/kept, optional: true, artifactGC: {strategy: Never}}
            - {name: scratch, path: /tmp/scratch, optional: true,
               artifactGC: {strategy: OnWorkflowCompletion}}
        - name: finish
          container: {image: alpine, command: ["true"]}
      """;

  /**
   * Runs the workflow (with {@code spec.artifactGC} given as YAML, or none) until {@code produce}
   * has stored {@code artifacts} and {@code finish} runs.
   */
  private static EngineRun runningWith(String workflowGc, List<Artifact> artifacts) {
    String strategy = workflowGc == null ? "" : "artifactGC: " + workflowGc;
    var run = new EngineRun(workflow(WORKFLOW.replace("STRATEGY", strategy)));
    run.pass(T0);
    run.succeed("gc[0].produce", Map.of(), T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    String produce = run.id("gc[0].produce");
    run.control(wf -> wf.withStatus(GcFixtures.withArtifacts(wf.status(), produce, artifacts)));
    return run;
  }

  private static Decision finish(EngineRun run, int exitCode) {
    run.end("gc[1].finish", exitCode, T0.plusSeconds(2));
    return run.pass(T0.plusSeconds(2));
  }

  private static List<Action.DeleteArtifacts> deletions(Decision d) {
    return d.actions().stream()
        .filter(a -> a instanceof Action.DeleteArtifacts)
        .map(a -> (Action.DeleteArtifacts) a)
        .toList();
  }

  private static List<String> deletedKeys(Decision d) {
    return deletions(d).stream()
        .flatMap(a -> a.artifacts().stream())
        .map(a -> a.location().key())
        .toList();
  }

  @Test
  void deletesOutputsAndArchivedLogsWhenTheWorkflowCompletes() {
    var run =
        runningWith(
            "{strategy: OnWorkflowCompletion}",
            List.of(stored("out", "gc/out", null), stored("main-logs", "gc/main.log", null)));

    Decision d = finish(run, 0);

    assertThat(deletions(d))
        .singleElement()
        .satisfies(a -> assertThat(a.workflowName()).isEqualTo("gc"));
    assertThat(deletedKeys(d)).containsExactly("gc/out", "gc/main.log");
  }

  @Test
  void namesTheNodeAndArtifactOfEachDeletion() {
    var run =
        runningWith("{strategy: OnWorkflowCompletion}", List.of(stored("out", "gc/out", null)));

    Decision d = finish(run, 0);

    assertThat(deletions(d).get(0).artifacts())
        .extracting(GcArtifact::nodeId, GcArtifact::name)
        .containsExactly(org.assertj.core.api.Assertions.tuple(run.id("gc[0].produce"), "out"));
  }

  @Test
  void deletesOnCompletionWhenTheWorkflowFailed() {
    var run =
        runningWith("{strategy: OnWorkflowCompletion}", List.of(stored("out", "gc/out", null)));

    Decision d = finish(run, 1);

    assertThat(deletedKeys(d)).containsExactly("gc/out");
  }

  @Test
  void asksForNothingBeforeTheWorkflowCompletes() {
    var run =
        runningWith("{strategy: OnWorkflowCompletion}", List.of(stored("out", "gc/out", null)));

    Decision d = run.pass(T0.plusSeconds(2));

    assertThat(deletions(d)).isEmpty();
  }

  @Test
  void keepsArtifactsWhenNoStrategyIsSet() {
    var run = runningWith(null, List.of(stored("out", "gc/out", null)));

    Decision d = finish(run, 0);

    assertThat(deletions(d)).isEmpty();
  }

  @Test
  void keepsArtifactsOnCompletionWhenTheyGoOnDeletion() {
    var run = runningWith("{strategy: OnWorkflowDeletion}", List.of(stored("out", "gc/out", null)));

    Decision d = finish(run, 0);

    assertThat(deletions(d)).isEmpty();
  }

  @Test
  void anArtifactsOwnStrategyOverridesTheWorkflows() {
    var run =
        runningWith(
            "{strategy: OnWorkflowCompletion}",
            List.of(stored("out", "gc/out", "Never"), stored("tmp", "gc/tmp", null)));

    Decision d = finish(run, 0);

    assertThat(deletedKeys(d)).containsExactly("gc/tmp");
  }

  @Test
  void takesTheStrategyTheTemplateDeclaresForAnOutput() {
    var run =
        runningWith(
            "{strategy: OnWorkflowDeletion}",
            List.of(stored("kept", "gc/kept", null), stored("scratch", "gc/scratch", null)));

    Decision d = finish(run, 0);

    assertThat(deletedKeys(d)).containsExactly("gc/scratch");
  }

  @Test
  void skipsArtifactsAlreadyDeleted() {
    var run =
        runningWith(
            "{strategy: OnWorkflowCompletion}",
            List.of(stored("out", "gc/out", null).withDeleted(true), stored("b", "gc/b", null)));

    Decision d = finish(run, 0);

    assertThat(deletedKeys(d)).containsExactly("gc/b");
  }

  @Test
  void aCompletedWorkflowIsNotCollectedAgain() {
    var run =
        runningWith("{strategy: OnWorkflowCompletion}", List.of(stored("out", "gc/out", null)));
    finish(run, 0);

    Decision again = run.pass(T0.plusSeconds(3));

    assertThat(again.actions()).isEmpty();
  }
}
