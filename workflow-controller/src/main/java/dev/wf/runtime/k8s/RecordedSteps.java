package dev.wf.runtime.k8s;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.WorkflowReconciler;

/**
 * Hands the pods of steps whose results the controller has recorded to the {@link PodCollector}:
 * each ended pod step once, and the whole workflow once it completed, with the workflow's {@code
 * podGC}. What was handed over is remembered in memory only; after a restart a pod may be handed
 * over again, which labels it again and changes nothing.
 */
final class RecordedSteps {
  private static final Logger LOG = Logger.getLogger(RecordedSteps.class.getName());

  private final PodCollector collector;
  private final Map<String, Set<String>> handed = new ConcurrentHashMap<>();

  RecordedSteps(PodCollector collector) {
    this.collector = collector;
  }

  void recorded(Workflow workflow) {
    if (workflow.status() == null) return;
    String name = workflow.name();
    PodGc gc = podGc(workflow);
    Set<String> done = handed.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet());
    for (NodeStatus node : workflow.status().nodes().values()) {
      if (node.type() != NodeType.POD || !node.fulfilled() || !done.add(node.id())) continue;
      collector.stepRead(name, node.id(), node.phase() == NodePhase.SUCCEEDED, gc);
    }
    var phase = workflow.status().phase();
    if (phase != null && phase.completed()) {
      collector.workflowCompleted(name, phase == WorkflowPhase.SUCCEEDED, gc, done);
      handed.remove(name);
    }
  }

  void forget(String workflowName) {
    handed.remove(workflowName);
  }

  private static PodGc podGc(Workflow workflow) {
    var spec = WorkflowReconciler.effectiveSpec(workflow, workflow.status());
    try {
      return PodGc.of(spec.podGC());
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "workflow " + workflow.name() + ": podGC ignored: " + e.getMessage());
      return PodGc.NONE;
    }
  }
}
