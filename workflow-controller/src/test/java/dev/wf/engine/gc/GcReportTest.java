package dev.wf.engine.gc;

import static dev.wf.engine.gc.GcFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Condition;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.WorkflowStatus;

/** How a garbage collection is recorded in a workflow's status. */
class GcReportTest {
  private static final Artifact OUT = stored("out", "wf/out", null);
  private static final Artifact LOG = stored("main-logs", "wf/main.log", null);

  private static WorkflowStatus status() {
    var node = NodeStatus.create("wf-1", "wf", "wf", NodeType.POD, "main", null, Instant.EPOCH);
    return GcFixtures.withArtifacts(WorkflowStatus.EMPTY.withNode(node), "wf-1", List.of(OUT, LOG))
        .withOutputs(new Outputs(null, List.of(OUT), null, null));
  }

  private static GcArtifact gc(Artifact a) {
    return new GcArtifact("wf-1", a.name(), a.location());
  }

  @Test
  void marksDeletedArtifactsInTheirNodes() {
    WorkflowStatus next = new GcReport(List.of(gc(OUT)), List.of()).applyTo(status());

    assertThat(next.nodes().get("wf-1").outputs().artifacts())
        .extracting(Artifact::name, Artifact::deleted)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("out", true),
            org.assertj.core.api.Assertions.tuple("main-logs", null));
  }

  @Test
  void marksTheWorkflowsOutputArtifactStoredThereToo() {
    WorkflowStatus next = new GcReport(List.of(gc(OUT)), List.of()).applyTo(status());

    assertThat(next.outputs().artifacts()).extracting(Artifact::deleted).containsExactly(true);
  }

  @Test
  void recordsFailuresAsAnArtifactGcErrorCondition() {
    WorkflowStatus next = new GcReport(List.of(), List.of("no", "nope")).applyTo(status());

    assertThat(next.conditions())
        .containsExactly(
            Condition.holds(
                Condition.ARTIFACT_GC_ERROR, "artifact garbage collection failed: no; nope"));
  }

  @Test
  void aLaterFailureReplacesTheEarlierCondition() {
    WorkflowStatus once = new GcReport(List.of(), List.of("first")).applyTo(status());

    WorkflowStatus twice = new GcReport(List.of(), List.of("second")).applyTo(once);

    assertThat(twice.conditions())
        .extracting(Condition::message)
        .containsExactly("artifact garbage collection failed: second");
  }
}
