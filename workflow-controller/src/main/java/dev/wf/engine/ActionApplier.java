package dev.wf.engine;

import dev.wf.runtime.StepRuntime;

/**
 * Performs a decision's actions through the step runtime. Starting is idempotent, so re-applying is
 * harmless.
 */
final class ActionApplier {
  private final StepRuntime runtime;

  ActionApplier(StepRuntime runtime) {
    this.runtime = runtime;
  }

  void apply(Decision decision) {
    for (Action action : decision.actions()) {
      switch (action) {
        case Action.StartStep start -> runtime.start(start.spec());
        case Action.KillStep kill ->
            runtime.kill(kill.workflowName(), kill.nodeId(), kill.message());
      }
    }
  }
}
