package dev.wf.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeSynchronizationStatus;
import dev.wf.api.spec.Synchronization;
import dev.wf.api.spec.SynchronizationStatus;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.sync.LockClaims.Outcome;
import dev.wf.engine.sync.LockKey;

/**
 * Argo's synchronization in a pass: a workflow with {@code spec.synchronization} runs only while it
 * holds its locks (it waits Pending until then), and a node whose template has {@code
 * synchronization} runs only while it holds them (it waits as a Pending node). Locks are given back
 * when the node ends or the workflow completes; what is held and awaited ends up in {@code
 * status.synchronization}.
 */
final class LockGate {
  static final String FAILED_TO_ACQUIRE = "Failed to acquire the synchronization lock. ";

  private LockGate() {}

  /**
   * Takes the workflow's own locks: null when it holds them (or names none), else the status it
   * waits in (Pending) or fails with.
   */
  static WorkflowStatus admitWorkflow(Pass pass, WorkflowStatus current) {
    Synchronization sync = pass.spec.synchronization();
    if (sync == null) return null;
    Outcome outcome;
    try {
      List<LockKey> keys = keys(sync, pass.globals, pass);
      outcome = pass.locks.acquire(pass.workflowKey(), keys, pass.priority(), createdAt(pass));
    } catch (IllegalArgumentException e) {
      outcome = new Outcome(Outcome.Result.FAILED, e.getMessage(), null);
    }
    return switch (outcome.result()) {
      case ACQUIRED -> null;
      case FAILED ->
          current
              .withPhase(
                  WorkflowPhase.FAILED, FAILED_TO_ACQUIRE + outcome.message(), null, pass.now)
              .withSynchronization(null);
      case WAITING ->
          current
              .withPhase(WorkflowPhase.PENDING, outcome.message(), null, null)
              .withSynchronization(status(pass, false));
    };
  }

  /**
   * Takes a node's template locks before it runs: null when it holds them (or names none), else the
   * node as it now stands (Pending and waiting, or in Error).
   */
  static NodeStatus admitNode(Pass pass, NodeStatus node, Template template) {
    Synchronization sync = template.synchronization();
    if (sync == null) return null;
    String holder = holderOf(pass, node);
    Outcome outcome;
    try {
      List<LockKey> keys = keys(sync, Variables.forNode(pass, node), pass);
      outcome = pass.locks.acquire(holder, keys, pass.priority(), createdAt(pass));
    } catch (IllegalArgumentException e) {
      outcome = new Outcome(Outcome.Result.FAILED, e.getMessage(), null);
    }
    return switch (outcome.result()) {
      case ACQUIRED -> {
        if (node.synchronizationStatus() != null) {
          pass.put(node.withSynchronizationStatus(null).withPhase(node.phase(), null, null));
        }
        yield null;
      }
      case FAILED -> NodeRunner.finish(pass, node, NodePhase.ERROR, outcome.message());
      case WAITING -> {
        NodeStatus waiting =
            node.withSynchronizationStatus(new NodeSynchronizationStatus(outcome.lock()))
                .withPhase(NodePhase.PENDING, outcome.message(), null);
        pass.put(waiting);
        yield waiting;
      }
    };
  }

  /** Gives back a node's locks once it has ended. */
  static void releaseIfEnded(Pass pass, NodeStatus node) {
    if (node.fulfilled()) pass.locks.release(holderOf(pass, node));
  }

  /**
   * The workflow's {@code status.synchronization} after the pass: nothing once it is {@code done};
   * otherwise what its running nodes (and the workflow itself) hold and what it waited for.
   */
  static SynchronizationStatus status(Pass pass, boolean done) {
    if (done) return null;
    String workflowKey = pass.workflowKey();
    return pass.locks.status(
        holder -> {
          if (holder.equals(workflowKey)) return true;
          NodeStatus node = pass.node(holder.substring(workflowKey.length() + 1));
          return node != null && !node.fulfilled();
        });
  }

  private static String holderOf(Pass pass, NodeStatus node) {
    return pass.workflowKey() + "/" + node.id();
  }

  private static java.time.Instant createdAt(Pass pass) {
    return pass.workflow.metadata().creationTimestamp();
  }

  /** The block's locks, with {@code {{...}}} in its names resolved. */
  private static List<LockKey> keys(Synchronization sync, Map<String, String> vars, Pass pass) {
    JsonNode tree = ModelJson.mapper().valueToTree(sync);
    Synchronization resolved;
    try {
      resolved =
          ModelJson.mapper()
              .convertValue(Templating.substituteTree(tree, vars), Synchronization.class);
    } catch (UnresolvedVariableException | ExpressionException e) {
      throw new IllegalArgumentException("synchronization: " + e.getMessage(), e);
    }
    return LockKey.of(resolved, pass.globals.get("workflow.namespace"));
  }
}
