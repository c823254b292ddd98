package dev.wf.engine.gc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Condition;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.artifacts.ArtifactLocation;

/**
 * What one garbage collection did: the artifacts it deleted and a message for each it could not.
 * {@link #applyTo} records it in a status as Argo does: {@code deleted: true} on every artifact
 * stored at a deleted location, and a {@link Condition#ARTIFACT_GC_ERROR} condition on failure.
 */
public record GcReport(List<GcArtifact> deleted, List<String> failures) {
  public static final GcReport NONE = new GcReport(List.of(), List.of());

  public GcReport {
    deleted = List.copyOf(deleted);
    failures = List.copyOf(failures);
  }

  public boolean failed() {
    return !failures.isEmpty();
  }

  /** The status with this collection recorded; unchanged when nothing happened. */
  public WorkflowStatus applyTo(WorkflowStatus status) {
    if (deleted.isEmpty() && failures.isEmpty()) return status;
    Set<ArtifactLocation> gone =
        deleted.stream().map(GcArtifact::location).collect(Collectors.toSet());
    var nodes = new LinkedHashMap<String, NodeStatus>();
    for (NodeStatus node : status.nodes().values())
      nodes.put(
          node.id(),
          node.outputs() == null ? node : node.withOutputs(marked(node.outputs(), gone)));
    WorkflowStatus next = status.withNodes(nodes);
    if (status.outputs() != null) next = next.withOutputs(marked(status.outputs(), gone));
    if (failed())
      next =
          next.withCondition(
              Condition.holds(
                  Condition.ARTIFACT_GC_ERROR,
                  "artifact garbage collection failed: " + String.join("; ", failures)));
    return next;
  }

  private static Outputs marked(Outputs outputs, Set<ArtifactLocation> gone) {
    if (outputs.artifacts().stream().noneMatch(a -> gone.contains(a.location()))) return outputs;
    var artifacts = new ArrayList<Artifact>();
    for (Artifact a : outputs.artifacts())
      artifacts.add(gone.contains(a.location()) ? a.withDeleted(true) : a);
    return new Outputs(outputs.parameters(), artifacts, outputs.result(), outputs.exitCode());
  }
}
