package dev.wf.engine.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.ExitHandlerNodes;
import dev.wf.engine.NodeIds;

/**
 * {@code wf resubmit}: a new workflow with the spec (and stored templates and artifact repository)
 * of an old one, named after it, as Argo's resubmit makes it. With {@code memoized}, the old run's
 * nodes come along under the new name: its succeeded steps become Skipped nodes that keep their
 * outputs ("original pod: ID"), so they do not run again, and everything else waits to run.
 */
public final class Resubmission {
  /** The label that names the workflow a resubmitted one came from (Argo's). */
  public static final String FROM_LABEL = "workflows.argoproj.io/resubmitted-from-workflow";

  private static final Set<String> DROPPED_LABELS =
      Set.of(
          "workflows.argoproj.io/phase",
          "workflows.argoproj.io/completed",
          "workflows.argoproj.io/workflow-archiving-status");

  private Resubmission() {}

  /** The prefix a resubmitted workflow's generated name starts with. */
  public static String generateName(Workflow old) {
    String own = old.metadata().generateName();
    return own != null && !own.isEmpty() ? own : old.name() + "-";
  }

  /**
   * The new workflow, named {@code name} with {@code uid}, created {@code now}; memoized is refused
   * unless the old workflow ended Failed or Error.
   */
  public static Workflow formulate(
      Workflow old,
      boolean memoized,
      Map<String, String> parameters,
      String name,
      String uid,
      Instant now) {
    WorkflowPhase phase = old.status() == null ? null : old.status().phase();
    if (memoized && phase != WorkflowPhase.FAILED && phase != WorkflowPhase.ERROR) {
      throw new ControlException(
          "workflow \""
              + old.name()
              + "\" is "
              + (phase == null ? "Pending" : phase.label())
              + ": only a workflow that ended Failed or Error can be resubmitted --memoized");
    }
    WorkflowStatus before = old.status() == null ? WorkflowStatus.EMPTY : old.status();
    var status =
        WorkflowStatus.EMPTY
            .withStoredTemplates(
                before.storedTemplates(),
                SpecOverrides.apply(before.storedWorkflowTemplateSpec(), parameters))
            .withArtifactRepositoryRef(before.artifactRepositoryRef());
    if (memoized) status = status.withNodes(new NodeRenaming(old, name, now).nodes());
    return new Workflow(
        old.apiVersion(),
        old.kind(),
        metadata(old, name, uid, now),
        SpecOverrides.apply(old.spec(), parameters),
        status);
  }

  private static ObjectMeta metadata(Workflow old, String name, String uid, Instant now) {
    ObjectMeta meta = old.metadata();
    var labels = new LinkedHashMap<String, String>(meta.labels());
    labels.keySet().removeAll(DROPPED_LABELS);
    labels.put(FROM_LABEL, old.name());
    return new ObjectMeta(
        name, generateName(old), meta.namespace(), uid, null, now, labels, meta.annotations());
  }

  /** The old run's nodes under the new workflow's name, for a memoized resubmission. */
  private record NodeRenaming(Workflow old, String name, Instant now) {
    Map<String, NodeStatus> nodes() {
      Map<String, NodeStatus> before = old.status().nodes();
      var graph = new NodeGraph(before);
      var nodes = new LinkedHashMap<String, NodeStatus>();
      for (NodeStatus node : before.values()) {
        if (ExitHandlerNodes.contains(old.name(), node.name())) continue;
        boolean keep = node.type() == NodeType.POD && !node.phase().failedOrErrored();
        if (!keep && node.type() == NodeType.SKIPPED && !graph.descendantSucceeded(node, Set.of()))
          continue;
        NodeStatus renamed = renamed(node, before, keep);
        nodes.put(renamed.id(), renamed);
      }
      nodes.replaceAll(
          (id, n) ->
              n.withChildren(present(n.children(), nodes))
                  .withOutboundNodes(present(n.outboundNodes(), nodes)));
      return nodes;
    }

    private NodeStatus renamed(NodeStatus node, Map<String, NodeStatus> before, boolean kept) {
      String newName = rename(node.name());
      return new NodeStatus(
          NodeIds.of(name, newName),
          newName,
          node.displayName() != null && node.displayName().equals(old.name())
              ? name
              : node.displayName(),
          kept ? NodeType.SKIPPED : node.type(),
          node.templateName(),
          node.templateRef(),
          kept ? NodePhase.SKIPPED : NodePhase.PENDING,
          node.boundaryID() == null ? null : newId(node.boundaryID(), before),
          node.children().stream().map(id -> newId(id, before)).toList(),
          node.outboundNodes().stream().map(id -> newId(id, before)).toList(),
          node.inputs(),
          kept ? node.outputs() : null,
          kept ? "original pod: " + node.id() : null,
          now,
          kept ? now : null,
          node.progress(),
          node.hostNodeName(),
          null,
          null);
    }

    private String newId(String oldId, Map<String, NodeStatus> before) {
      NodeStatus node = before.get(oldId);
      return node == null ? oldId : NodeIds.of(name, rename(node.name()));
    }

    private String rename(String nodeName) {
      return nodeName.startsWith(old.name())
          ? name + nodeName.substring(old.name().length())
          : nodeName;
    }

    private static List<String> present(List<String> ids, Map<String, NodeStatus> nodes) {
      return ids.stream().filter(nodes::containsKey).toList();
    }
  }
}
