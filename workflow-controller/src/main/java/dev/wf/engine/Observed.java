package dev.wf.engine;

import java.util.Map;

import dev.wf.engine.memo.MemoView;
import dev.wf.engine.sync.SyncView;

/**
 * Everything a pass reads from outside the workflow, as immutable snapshots taken before {@link
 * WorkflowReconciler#decide}: the runtime's view of the workflow's steps, the shared locks
 * (holders, queues, semaphore limits) and the memoization caches the workflow uses.
 */
public record Observed(Map<String, StepState> steps, SyncView sync, MemoView memo) {
  public Observed {
    steps = Map.copyOf(steps);
    sync = sync == null ? SyncView.EMPTY : sync;
    memo = memo == null ? MemoView.EMPTY : memo;
  }

  /** Only the steps: no locks are held by others and no cache has entries. */
  public static Observed of(Map<String, StepState> steps) {
    return new Observed(steps, SyncView.EMPTY, MemoView.EMPTY);
  }
}
