package dev.wf.engine.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

/**
 * {@code wf retry}: the same workflow, run again from where it failed, as Argo's retry does it. The
 * {@link RetryPlan} decides which nodes run anew (they are removed from the status, so the engine
 * starts them again under the same ids) and which run on; the workflow is Running again, started
 * now, without its shutdown and with the parameters given.
 */
public final class WorkflowRetry {
  private WorkflowRetry() {}

  /**
   * What to retry: the parameters to override, and with {@code restartSuccessful} the succeeded
   * nodes the selector picks, which run again too.
   */
  public record Options(
      Map<String, String> parameters, boolean restartSuccessful, NodeFieldSelector selector) {
    public Options {
      parameters =
          parameters == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
      selector = selector == null ? NodeFieldSelector.ALL : selector;
    }
  }

  /** The workflow ready to run again; refused unless it ended Failed or Error. */
  public static Workflow formulate(Workflow workflow, Options options, Instant now) {
    boolean restart = options.restartSuccessful() && !options.selector().isEmpty();
    refuseUnlessEnded(workflow, restart);
    var plan =
        RetryPlan.of(
            workflow,
            restart ? options.selector() : NodeFieldSelector.ALL,
            !options.parameters().isEmpty());
    WorkflowStatus old = workflow.status();
    var status =
        new WorkflowStatus(
            WorkflowPhase.RUNNING,
            now,
            null,
            old.progress(),
            null,
            nodes(old.nodes(), plan, now),
            old.outputs(),
            old.storedTemplates(),
            SpecOverrides.apply(old.storedWorkflowTemplateSpec(), options.parameters()),
            null,
            old.artifactRepositoryRef(),
            old.conditions(),
            null);
    return workflow
        .withSpec(SpecOverrides.apply(workflow.spec(), options.parameters()))
        .withStatus(status);
  }

  /** Only a Failed or Error workflow is retried; a Succeeded one only to restart some nodes. */
  private static void refuseUnlessEnded(Workflow workflow, boolean restart) {
    WorkflowPhase phase = workflow.status() == null ? null : workflow.status().phase();
    if (phase != WorkflowPhase.FAILED && phase != WorkflowPhase.ERROR) {
      if (phase != WorkflowPhase.SUCCEEDED) {
        throw new ControlException(
            "workflow \""
                + workflow.name()
                + "\" is "
                + (phase == null ? "Pending" : phase.label())
                + ": only a workflow that ended Failed or Error can be retried");
      }
      if (!restart) {
        throw new ControlException(
            "workflow \""
                + workflow.name()
                + "\" has succeeded: retry it with --restart-successful and"
                + " --node-field-selector to run some of its nodes again");
      }
    }
  }

  private static Map<String, NodeStatus> nodes(
      Map<String, NodeStatus> old, RetryPlan plan, Instant now) {
    var nodes = new LinkedHashMap<String, NodeStatus>();
    for (NodeStatus node : old.values()) {
      if (plan.removed().contains(node.id())) continue;
      NodeStatus kept =
          node.withChildren(without(node.children(), plan))
              .withOutboundNodes(without(node.outboundNodes(), plan));
      nodes.put(node.id(), plan.reset().contains(node.id()) ? reset(kept, now) : kept);
    }
    return nodes;
  }

  private static List<String> without(List<String> ids, RetryPlan plan) {
    return ids.stream().filter(id -> !plan.removed().contains(id)).toList();
  }

  /**
   * A node that runs on: Running again (a Skipped one stays Skipped), no message, started now; a
   * group keeps its start, which orders it among its siblings and bounds no deadline.
   */
  private static NodeStatus reset(NodeStatus node, Instant now) {
    NodePhase phase = node.phase() == NodePhase.SKIPPED ? NodePhase.SKIPPED : NodePhase.RUNNING;
    boolean group = node.type() == NodeType.STEP_GROUP || node.type() == NodeType.TASK_GROUP;
    return new NodeStatus(
        node.id(),
        node.name(),
        node.displayName(),
        node.type(),
        node.templateName(),
        node.templateRef(),
        phase,
        node.boundaryID(),
        node.children(),
        node.outboundNodes(),
        node.inputs(),
        node.outputs(),
        null,
        group && node.startedAt() != null ? node.startedAt() : now,
        null,
        node.progress(),
        node.hostNodeName(),
        node.memoizationStatus(),
        null);
  }
}
