package dev.wf.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.memo.MemoView;
import dev.wf.engine.sync.Limit;
import dev.wf.engine.sync.LockTable;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/**
 * One workflow driven pass by pass through {@link WorkflowReconciler#decide} with an {@link
 * Observed} view of a lock table and memoization caches that several runs share, recording each
 * status in the table as the controller does. Steps a decision starts are running from that pass
 * on; a test ends them by hand.
 */
final class SharedRun {
  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final Map<String, StepState> steps = new HashMap<>();
  private final Workflow workflow;
  private final LockTable table;
  private final Map<String, Limit> limits;
  private MemoView memo = MemoView.EMPTY;
  private WorkflowStatus status = WorkflowStatus.EMPTY;
  private Set<String> woken = Set.of();

  SharedRun(Workflow workflow, LockTable table, Map<String, Limit> limits) {
    this.workflow = workflow;
    this.table = table;
    this.limits = Map.copyOf(limits);
  }

  SharedRun withMemo(MemoView caches) {
    this.memo = caches;
    return this;
  }

  Decision pass(Instant now) {
    var observed = new Observed(Map.copyOf(steps), table.view(limits), memo);
    Decision d = reconciler.decide(workflow, status, observed, now);
    status = d.next();
    woken = table.record(workflow.withStatus(status));
    for (StepSpec s : EngineRun.started(d)) steps.putIfAbsent(s.nodeId(), StepState.running(now));
    return d;
  }

  WorkflowStatus status() {
    return status;
  }

  /** The workflows the last pass's recording woke. */
  Set<String> woken() {
    return woken;
  }

  NodeStatus node(String name) {
    return EngineFixtures.nodeNamed(status, name);
  }

  /** Ends the step of node {@code name} successfully with these output parameters. */
  void succeed(String name, Map<String, String> outputs, Instant at) {
    String id = node(name).id();
    steps.put(
        id,
        StepState.ended(
            new StepResult(
                StepResult.Phase.SUCCEEDED,
                0,
                null,
                outputs,
                null,
                steps.get(id).startedAt(),
                at)));
  }

  /** Ends the step of node {@code name} with exit code 1. */
  void fail(String name, Instant at) {
    String id = node(name).id();
    steps.put(
        id,
        StepState.ended(
            new StepResult(
                StepResult.Phase.FAILED,
                1,
                null,
                Map.of(),
                "Error (exit code 1)",
                steps.get(id).startedAt(),
                at)));
  }
}
