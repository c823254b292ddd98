package dev.wf.engine.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.TemplateScope;

/**
 * Which stored artifacts of a workflow a garbage-collection strategy deletes, as Argo chooses them:
 * the output artifacts of pod nodes (the archived log {@code main-logs} among them) that were
 * stored, are not yet deleted, and whose effective strategy is one of those asked for. An
 * artifact's strategy comes from the artifact in the node's status, else from the artifact its
 * template declares, else from {@code spec.artifactGC}. Pure: reads only the spec and status.
 */
public final class ArtifactGcPlan {
  private ArtifactGcPlan() {}

  /** The artifacts {@code strategies} delete now, in node order. */
  public static List<GcArtifact> due(
      WorkflowSpec spec, WorkflowStatus status, Set<GcStrategy> strategies) {
    var due = new ArrayList<GcArtifact>();
    if (status == null) return due;
    for (NodeStatus node : status.nodes().values()) {
      if (node.type() != NodeType.POD || node.outputs() == null) continue;
      for (Artifact a : node.outputs().artifacts()) {
        if (a.location() == null || Boolean.TRUE.equals(a.deleted())) continue;
        if (strategies.contains(strategyOf(spec, status, node, a)))
          due.add(new GcArtifact(node.id(), a.name(), a.location()));
      }
    }
    return due;
  }

  /**
   * {@code spec.artifactGC.forceFinalizerRemoval}: delete the workflow even when deleting its
   * artifacts failed.
   */
  public static boolean forceRemoval(WorkflowSpec spec) {
    return spec.artifactGC() != null
        && spec.artifactGC().path("forceFinalizerRemoval").asBoolean(false);
  }

  private static GcStrategy strategyOf(
      WorkflowSpec spec, WorkflowStatus status, NodeStatus node, Artifact artifact) {
    JsonNode own = artifact.artifactGC();
    if (GcStrategy.of(own).isEmpty()) {
      own = declared(spec, status, node, artifact.name()).map(Artifact::artifactGC).orElse(null);
    }
    return GcStrategy.effective(own, spec.artifactGC());
  }

  /** The output artifact of this name that the node's template declares, if it can be found. */
  private static Optional<Artifact> declared(
      WorkflowSpec spec, WorkflowStatus status, NodeStatus node, String name) {
    return template(spec, status, node)
        .flatMap(
            t -> t.outputs().artifacts().stream().filter(a -> name.equals(a.name())).findFirst());
  }

  private static Optional<Template> template(
      WorkflowSpec spec, WorkflowStatus status, NodeStatus node) {
    if (node.templateRef() != null)
      return Optional.ofNullable(
          status.storedTemplates().get(TemplateScope.storedKey(node.templateRef())));
    if (node.templateName() == null) return Optional.empty();
    return spec.template(node.templateName())
        .or(
            () ->
                status.storedTemplates().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/" + node.templateName()))
                    .map(java.util.Map.Entry::getValue)
                    .findFirst());
  }
}
