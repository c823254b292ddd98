package dev.wf.runtime.k8s;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.wf.executor.StepResult;

/**
 * What this runtime alone knows of steps, beyond what the cluster shows: when it created a pod, how
 * a step ended that left no result behind (a kill, a pod that could not be built, a deleted pod),
 * and which ends it has already announced to listeners. Kept per workflow, in memory.
 */
final class StepRecords {
  private final Map<String, Workflow> workflows = new ConcurrentHashMap<>();

  private record Workflow(
      Map<String, Instant> started, Map<String, StepResult> ended, Set<String> announced) {
    Workflow() {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
    }
  }

  /**
   * Records that this runtime creates the step's pod now; a pod created anew (its earlier one and
   * result were removed, as a retry does) starts with no end recorded or announced.
   */
  void started(String workflowName, String nodeId, Instant at) {
    Workflow workflow = workflow(workflowName);
    workflow.ended().remove(nodeId);
    workflow.announced().remove(nodeId);
    workflow.started().put(nodeId, at);
  }

  /** The informer shows the step's pod: its start no longer needs remembering. */
  void seen(String workflowName, String nodeId) {
    Workflow workflow = workflows.get(workflowName);
    if (workflow != null) workflow.started().remove(nodeId);
  }

  Optional<Instant> startedAt(String workflowName, String nodeId) {
    return Optional.ofNullable(workflows.get(workflowName)).map(w -> w.started().get(nodeId));
  }

  /** Records how a step ended, unless an end is recorded already; true if this one was. */
  boolean end(String workflowName, String nodeId, StepResult result) {
    return workflow(workflowName).ended().putIfAbsent(nodeId, result) == null;
  }

  Optional<StepResult> ended(String workflowName, String nodeId) {
    return Optional.ofNullable(workflows.get(workflowName)).map(w -> w.ended().get(nodeId));
  }

  /** Whether the step's end is announced for the first time. */
  boolean announce(String workflowName, String nodeId) {
    return workflow(workflowName).announced().add(nodeId);
  }

  /** The nodes of the workflow this runtime has a record of. */
  Set<String> nodes(String workflowName) {
    Workflow workflow = workflows.get(workflowName);
    if (workflow == null) return Set.of();
    var nodes = new HashSet<>(workflow.started().keySet());
    nodes.addAll(workflow.ended().keySet());
    return nodes;
  }

  void forget(String workflowName) {
    workflows.remove(workflowName);
  }

  void forget(String workflowName, String nodeId) {
    Workflow workflow = workflows.get(workflowName);
    if (workflow == null) return;
    workflow.started().remove(nodeId);
    workflow.ended().remove(nodeId);
    workflow.announced().remove(nodeId);
  }

  private Workflow workflow(String workflowName) {
    return workflows.computeIfAbsent(workflowName, k -> new Workflow());
  }
}
