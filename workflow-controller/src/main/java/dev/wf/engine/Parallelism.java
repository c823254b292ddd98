package dev.wf.engine;

import java.util.HashMap;
import java.util.Map;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;

/**
 * Argo's parallelism limits, for one pass: {@code spec.parallelism} caps the pods running in the
 * whole workflow, and a steps or DAG template's {@code parallelism} caps its active children (pod,
 * steps and DAG nodes whose boundary it is, Pending or Running). A call that would go past a limit
 * is not started and gets no node until a slot frees, as in Argo; calls are admitted in the order
 * the pass meets them, so the choice is deterministic. While the workflow's limit is reached no new
 * node of any kind starts, as Argo checks it before every template it runs.
 *
 * <p>Counts are taken once per pass, when first needed, and grow with every admitted call. A node
 * that ends later in the same pass frees its slot only for the next pass, so a pass that turned a
 * call away after such an end asks for another pass at once ({@link #needsAnotherPass}).
 */
final class Parallelism {
  private final Integer workflowLimit;
  private final Map<String, Integer> limits = new HashMap<>();
  private final Map<String, Integer> activeChildren = new HashMap<>();
  private Integer activePods;
  private int endedWhenCounted = -1;
  private boolean turnedAway;

  Parallelism(Integer workflowLimit) {
    this.workflowLimit = workflowLimit;
  }

  /** Declares that the children of the steps or DAG node {@code boundaryId} are limited. */
  void limitChildren(String boundaryId, Integer limit) {
    if (limit != null && limit > 0) limits.put(boundaryId, limit);
  }

  /**
   * Whether a new node of {@code type} may start under {@code boundaryId} (null at the top); an
   * admitted node takes its slots. {@code checkBoundary} is false for a new attempt of a node that
   * already runs, which Argo holds only to the workflow's limit.
   */
  boolean admit(Pass pass, String boundaryId, NodeType type, boolean checkBoundary) {
    if (workflowLimit != null && pods(pass) >= workflowLimit) return turnAway();
    Integer limit = boundaryId == null ? null : limits.get(boundaryId);
    if (checkBoundary && limit != null && children(pass, boundaryId) >= limit) return turnAway();
    if (type == NodeType.POD && activePods != null) activePods++;
    if (counted(type) && boundaryId != null)
      activeChildren.computeIfPresent(boundaryId, (b, n) -> n + 1);
    return true;
  }

  /** Whether a call was turned away while a node counted as active ended later in the pass. */
  boolean needsAnotherPass(Pass pass) {
    return turnedAway && endedWhenCounted >= 0 && pass.endedInPass() > endedWhenCounted;
  }

  private boolean turnAway() {
    turnedAway = true;
    return false;
  }

  private int pods(Pass pass) {
    if (activePods == null) {
      int n = 0;
      for (NodeStatus node : pass.nodes().values()) {
        if (node.type() == NodeType.POD && holdsPod(node) && !ended(pass, node)) n++;
      }
      activePods = n;
      markCounted(pass);
    }
    return activePods;
  }

  private int children(Pass pass, String boundaryId) {
    Integer cached = activeChildren.get(boundaryId);
    if (cached != null) return cached;
    int n = 0;
    for (NodeStatus node : pass.nodes().values()) {
      if (boundaryId.equals(node.boundaryID())
          && counted(node.type())
          && !node.fulfilled()
          && !ended(pass, node)) n++;
    }
    activeChildren.put(boundaryId, n);
    markCounted(pass);
    return n;
  }

  private void markCounted(Pass pass) {
    if (endedWhenCounted < 0) endedWhenCounted = pass.endedInPass();
  }

  /**
   * Whether a pod node has (or is about to have) its pod: Running, or Pending because its pod is
   * (not because it waits for a lock).
   */
  private static boolean holdsPod(NodeStatus node) {
    if (node.phase() == NodePhase.RUNNING) return true;
    var sync = node.synchronizationStatus();
    return node.phase() == NodePhase.PENDING && (sync == null || sync.waiting() == null);
  }

  /** A pod node whose step has ended is as good as ended: the pass folds its result in. */
  private static boolean ended(Pass pass, NodeStatus node) {
    StepState step = pass.steps.get(node.id());
    return node.type() == NodeType.POD && step != null && step.done();
  }

  private static boolean counted(NodeType type) {
    return type == NodeType.POD || type == NodeType.STEPS || type == NodeType.DAG;
  }
}
