package dev.wf.engine;

import dev.wf.engine.memo.MemoEntry;
import dev.wf.executor.StepSpec;

/** An effect that {@link WorkflowReconciler#decide} asks for; an applier performs it. */
public sealed interface Action {
  /** Start a step; starting one that exists already is a no-op. */
  record StartStep(StepSpec spec) implements Action {}

  /** Stop a running step (its whole process tree or pod). */
  record KillStep(String workflowName, String nodeId, String message) implements Action {}

  /**
   * Store a memoization cache entry under {@code key} in the ConfigMap {@code cacheName} (created
   * when missing): a memoized node's outputs once it succeeded, or an entry's new last-hit time.
   */
  record SaveMemo(String cacheName, String key, MemoEntry entry) implements Action {}
}
