package dev.wf.engine.control;

import java.time.Instant;
import java.util.LinkedHashMap;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.engine.ShutdownStrategy;
import dev.wf.engine.SuppliedOutputs;

/**
 * The changes that suspend, resume, stop and terminate make to a running workflow, as Argo's server
 * makes them: they set {@code spec.suspend} or {@code spec.shutdown}, or end waiting suspend nodes;
 * the engine does the rest on its next pass. Pure: a workflow in, the changed workflow out.
 */
public final class RunControl {
  private RunControl() {}

  /** Sets {@code spec.suspend}: nothing new starts until the workflow is resumed. */
  public static Workflow suspend(Workflow workflow) {
    ControlException.refuseCompleted(workflow, "suspended");
    return workflow.withSpec(workflow.spec().withSuspend(true));
  }

  /**
   * Resumes the workflow: clears {@code spec.suspend} and ends every waiting suspend node
   * successfully, its supplied output parameters that have no value taking their defaults. With a
   * selector, only the matching suspend nodes end, and {@code spec.suspend} stays as it is.
   */
  public static Workflow resume(Workflow workflow, NodeFieldSelector selector, Instant now) {
    ControlException.refuseCompleted(workflow, "resumed");
    if (!selector.isEmpty()) {
      return new SuspendNodeUpdate(NodePhase.SUCCEEDED, null, null).apply(workflow, selector, now);
    }
    Workflow resumed = workflow.withSpec(workflow.spec().withSuspend(null));
    if (resumed.status() == null) return resumed;
    var nodes = new LinkedHashMap<>(resumed.status().nodes());
    for (NodeStatus node : resumed.status().nodes().values()) {
      if (node.type() != NodeType.SUSPEND || node.phase() != NodePhase.RUNNING) continue;
      NodeStatus withOutputs;
      try {
        withOutputs = node.withOutputs(SuppliedOutputs.withDefaults(node.outputs()));
      } catch (IllegalStateException e) {
        throw new ControlException(
            "cannot resume node \""
                + node.displayName()
                + "\": "
                + e.getMessage()
                + " (set it with `wf node set`)");
      }
      nodes.put(node.id(), withOutputs.withPhase(NodePhase.SUCCEEDED, node.message(), now));
    }
    return resumed.withStatus(resumed.status().withNodes(nodes));
  }

  /**
   * Sets {@code spec.shutdown}: what runs is killed and nothing new starts; under {@link
   * ShutdownStrategy#STOP} the exit handler still runs.
   */
  public static Workflow shutdown(Workflow workflow, ShutdownStrategy strategy) {
    ControlException.refuseCompleted(
        workflow, strategy == ShutdownStrategy.STOP ? "stopped" : "terminated");
    return workflow.withSpec(workflow.spec().withShutdown(strategy.label()));
  }

  /** Fails the waiting suspend nodes the selector picks, with {@code message} if given. */
  public static Workflow stopNodes(
      Workflow workflow, NodeFieldSelector selector, String message, Instant now) {
    ControlException.refuseCompleted(workflow, "stopped");
    return new SuspendNodeUpdate(NodePhase.FAILED, message, null).apply(workflow, selector, now);
  }
}
