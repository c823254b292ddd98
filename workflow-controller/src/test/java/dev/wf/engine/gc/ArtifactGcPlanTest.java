package dev.wf.engine.gc;

import static dev.wf.engine.gc.GcFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;

/** Which artifacts a strategy picks, from a status alone. */
class ArtifactGcPlanTest {
  private static final WorkflowSpec SPEC =
      ModelJson.read(
          """
          {"artifactGC": {"strategy": "OnWorkflowDeletion"},
           "templates": [{"name": "produce", "outputs": {"artifacts": [
             {"name": "kept", "path": "/tmp/kept", "artifactGC": {"strategy": "Never"}}]}}]}
          """,
          WorkflowSpec.class);

  private static WorkflowStatus status(NodeType type, Artifact... artifacts) {
    var node = NodeStatus.create("wf-1", "wf", "wf", type, "produce", null, Instant.EPOCH);
    return GcFixtures.withArtifacts(
        WorkflowStatus.EMPTY.withNode(node), "wf-1", List.of(artifacts));
  }

  private static List<String> due(WorkflowStatus status) {
    return ArtifactGcPlan.due(SPEC, status, Set.of(GcStrategy.ON_WORKFLOW_DELETION)).stream()
        .map(GcArtifact::name)
        .toList();
  }

  @Test
  void anArtifactWithoutAStrategyTakesTheOneItsTemplateDeclares() {
    assertThat(due(status(NodeType.POD, stored("kept", "k", null), stored("other", "o", null))))
        .containsExactly("other");
  }

  @Test
  void onlyPodNodesHoldArtifactsToDelete() {
    assertThat(due(status(NodeType.STEPS, stored("other", "o", null)))).isEmpty();
  }

  @Test
  void anArtifactThatWasNotStoredIsNotDue() {
    Artifact missing = ModelJson.read("{\"name\": \"other\"}", Artifact.class);

    assertThat(due(status(NodeType.POD, missing))).isEmpty();
  }

  @Test
  void forceFinalizerRemovalIsReadFromTheWorkflowsArtifactGc() {
    var forced =
        ModelJson.read(
            "{\"artifactGC\": {\"strategy\": \"OnWorkflowDeletion\", \"forceFinalizerRemoval\": true}}",
            WorkflowSpec.class);

    assertThat(ArtifactGcPlan.forceRemoval(forced)).isTrue();
    assertThat(ArtifactGcPlan.forceRemoval(SPEC)).isFalse();
  }
}
