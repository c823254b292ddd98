package dev.wf.engine;

import dev.wf.executor.StepSpec;

/** An effect that {@link WorkflowReconciler#decide} asks for; an applier performs it. */
public sealed interface Action {
  /** Start a step; starting one that exists already is a no-op. */
  record StartStep(StepSpec spec) implements Action {}

  /** Stop a running step (its whole process tree or pod). */
  record KillStep(String workflowName, String nodeId, String message) implements Action {}
}
