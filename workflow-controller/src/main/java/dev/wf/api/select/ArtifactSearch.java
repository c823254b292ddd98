package dev.wf.api.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;

/**
 * Which output artifacts of a workflow's nodes a query picks, as {@code argo cp} searches them: by
 * artifact name, by the node's template name and by node id (each null for any). Nodes come in the
 * order they started.
 */
public record ArtifactSearch(String artifactName, String templateName, String nodeId) {
  /** Every output artifact. */
  public static final ArtifactSearch ALL = new ArtifactSearch(null, null, null);

  /** An output artifact and the node whose outputs hold it. */
  public record Found(NodeStatus node, Artifact artifact) {}

  /** The artifacts this query picks. */
  public List<Found> in(Workflow workflow) {
    var found = new ArrayList<Found>();
    if (workflow.status() == null) return found;
    List<NodeStatus> nodes = new ArrayList<>(workflow.status().nodes().values());
    nodes.sort(
        Comparator.comparing(
                NodeStatus::startedAt,
                Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder()))
            .thenComparing(
                NodeStatus::name, Comparator.nullsLast(Comparator.<String>naturalOrder())));
    for (NodeStatus node : nodes) {
      if (!picks(node) || node.outputs() == null) continue;
      for (Artifact a : node.outputs().artifacts())
        if (artifactName == null || artifactName.equals(a.name())) found.add(new Found(node, a));
    }
    return found;
  }

  private boolean picks(NodeStatus node) {
    if (nodeId != null && !nodeId.equals(node.id())) return false;
    return templateName == null
        || templateName.equals(node.templateName())
        || node.templateRef() != null && templateName.equals(node.templateRef().template());
  }
}
