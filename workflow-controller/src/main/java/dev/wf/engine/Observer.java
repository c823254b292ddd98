package dev.wf.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.wf.api.spec.Workflow;
import dev.wf.engine.memo.MemoCaches;
import dev.wf.engine.memo.MemoView;
import dev.wf.engine.sync.LimitLookup;
import dev.wf.engine.sync.LockTable;
import dev.wf.engine.sync.SyncView;
import dev.wf.runtime.StepRuntime;

/**
 * Takes the snapshots one pass of a workflow reads ({@link Observed}): its steps from the runtime,
 * and, only for workflows that need them, the lock table with the semaphore limits and the
 * memoization caches. What a workflow needs is worked out once per workflow.
 */
final class Observer {
  private final StepRuntime runtime;
  private final LockTable locks;
  private final LimitLookup limits;
  private final MemoCaches caches;
  private final Map<String, WorkflowNeeds> needs = new ConcurrentHashMap<>();

  Observer(StepRuntime runtime, LockTable locks, LimitLookup limits, MemoCaches caches) {
    this.runtime = runtime;
    this.locks = locks;
    this.limits = limits;
    this.caches = caches;
  }

  WorkflowNeeds needs(Workflow workflow) {
    return needs.computeIfAbsent(identity(workflow), k -> WorkflowNeeds.of(workflow));
  }

  /** Whether a pass of this workflow takes part in locking: it names locks, or holds some. */
  boolean synchronizes(Workflow workflow) {
    return needs(workflow).synchronizes()
        || workflow.status() != null && workflow.status().synchronization() != null;
  }

  /** Forgets what a workflow needs, once it has completed or is deleted. */
  void forget(Workflow workflow) {
    needs.remove(identity(workflow));
  }

  Observed observe(Workflow workflow) {
    WorkflowNeeds needed = needs(workflow);
    SyncView sync = SyncView.EMPTY;
    if (synchronizes(workflow)) {
      String namespace = workflow.metadata().namespace();
      sync =
          locks.view(
              limits.limits(needed.synchronizations(), namespace == null ? "default" : namespace));
    }
    MemoView memo = caches.read(needed.caches());
    return new Observed(runtime.observe(workflow.name()), sync, memo);
  }

  private static String identity(Workflow workflow) {
    String uid = workflow.metadata().uid();
    return uid != null ? uid : workflow.name();
  }
}
