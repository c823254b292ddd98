package dev.wf.engine;

import static dev.wf.engine.ArtifactRuns.FILE;
import static dev.wf.engine.EngineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.engine.gc.GcArtifact;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactResult;

/**
 * Artifact garbage collection as {@code decide} asks for it: when a workflow completes, one {@link
 * Action.DeleteArtifacts} for the stored outputs (the archived log among them) whose effective
 * strategy is {@code OnWorkflowCompletion}, an artifact's own strategy overriding the workflow's.
 */
class ArtifactGcReconcilerTest {
  /** Two steps; {@code produce} declares outputs with and without a strategy of their own. */
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
            - {name: out, path: /tmp/out, optional: true}
            - {name: tmp, path: /tmp/tmp, optional: true}
            - {name: kept, path: /tmp/kept, optional: true, artifactGC: {strategy: Never}}
            - {name: scratch, path: /tmp/scratch, optional: true,
               artifactGC: {strategy: OnWorkflowCompletion}}
        - name: finish
          container: {image: alpine, command: ["true"]}
      """;

  private static final ArtifactLocation LOG = ArtifactRuns.location(FILE, "gc/main.log", "none");

  private static ArtifactResult saved(String name) {
    return new ArtifactResult(name, ArtifactRuns.location(FILE, "gc/" + name + ".tgz", "tar"));
  }

  /**
   * Runs the workflow (with {@code spec.artifactGC} as given in YAML, or none) until {@code
   * produce} has saved {@code outputs} and its log, and {@code finish} runs.
   */
  private static EngineRun runningWith(String workflowGc, ArtifactResult... outputs) {
    String strategy = workflowGc == null ? "" : "artifactGC: " + workflowGc;
    var run = ArtifactRuns.run(WORKFLOW.replace("STRATEGY", strategy), FILE);
    run.pass(T0);
    ArtifactRuns.save(run, "gc[0].produce", T0.plusSeconds(1), LOG, outputs);
    run.pass(T0.plusSeconds(1));
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
  void deletesOutputsAndTheArchivedLogWhenTheWorkflowCompletes() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("out"));

    Decision d = finish(run, 0);

    assertThat(deletions(d)).singleElement().extracting(a -> a.workflowName()).isEqualTo("gc");
    assertThat(deletedKeys(d)).containsExactly("gc/out.tgz", "gc/main.log");
  }

  @Test
  void namesTheNodeAndArtifactOfEachDeletion() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("out"));

    Decision d = finish(run, 0);

    assertThat(deletions(d).get(0).artifacts())
        .extracting(GcArtifact::nodeId, GcArtifact::name)
        .containsExactly(
            tuple(run.id("gc[0].produce"), "out"), tuple(run.id("gc[0].produce"), "main-logs"));
  }

  @Test
  void deletesOnCompletionWhenTheWorkflowFailed() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("out"));

    Decision d = finish(run, 1);

    assertThat(deletedKeys(d)).containsExactly("gc/out.tgz", "gc/main.log");
  }

  @Test
  void asksForNothingBeforeTheWorkflowCompletes() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("out"));

    Decision d = run.pass(T0.plusSeconds(2));

    assertThat(deletions(d)).isEmpty();
  }

  @Test
  void keepsArtifactsWhenNoStrategyIsSet() {
    var run = runningWith(null, saved("out"));

    Decision d = finish(run, 0);

    assertThat(deletions(d)).isEmpty();
  }

  @Test
  void keepsArtifactsOnCompletionWhenTheyGoOnDeletion() {
    var run = runningWith("{strategy: OnWorkflowDeletion}", saved("out"));

    Decision d = finish(run, 0);

    assertThat(deletions(d)).isEmpty();
  }

  @Test
  void anArtifactsOwnNeverOverridesTheWorkflowsStrategy() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("kept"), saved("tmp"));

    Decision d = finish(run, 0);

    assertThat(deletedKeys(d)).containsExactly("gc/tmp.tgz", "gc/main.log");
  }

  @Test
  void anArtifactsOwnCompletionStrategyHoldsWithoutAWorkflowStrategy() {
    var run = runningWith(null, saved("scratch"), saved("out"));

    Decision d = finish(run, 0);

    assertThat(deletedKeys(d)).containsExactly("gc/scratch.tgz");
  }

  @Test
  void skipsArtifactsAlreadyDeleted() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("out"), saved("tmp"));
    String produce = run.id("gc[0].produce");
    run.control(
        wf ->
            wf.withStatus(
                wf.status().withNode(markDeleted(wf.status().nodes().get(produce), "out"))));

    Decision d = finish(run, 0);

    assertThat(deletedKeys(d)).containsExactly("gc/tmp.tgz", "gc/main.log");
  }

  @Test
  void aCompletedWorkflowIsNotCollectedAgain() {
    var run = runningWith("{strategy: OnWorkflowCompletion}", saved("out"));
    finish(run, 0);

    Decision again = run.pass(T0.plusSeconds(3));

    assertThat(again.actions()).isEmpty();
  }

  private static NodeStatus markDeleted(NodeStatus node, String name) {
    var artifacts = new ArrayList<Artifact>();
    for (Artifact a : node.outputs().artifacts())
      artifacts.add(a.name().equals(name) ? a.withDeleted(true) : a);
    Outputs o = node.outputs();
    return node.withOutputs(new Outputs(o.parameters(), artifacts, o.result(), o.exitCode()));
  }
}
