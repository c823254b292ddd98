package dev.wf.engine;

import java.util.List;

import dev.wf.engine.gc.GcArtifact;
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

  /**
   * Delete the stored output artifacts of a workflow that has just completed (artifact garbage
   * collection, strategy {@code OnWorkflowCompletion}); the applier records in the status which
   * were deleted and which could not be.
   */
  record DeleteArtifacts(String workflowName, List<GcArtifact> artifacts) implements Action {
    public DeleteArtifacts {
      artifacts = List.copyOf(artifacts);
    }
  }
}
