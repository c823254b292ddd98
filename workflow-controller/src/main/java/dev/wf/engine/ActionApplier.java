package dev.wf.engine;

import dev.wf.engine.memo.MemoCaches;
import dev.wf.runtime.StepRuntime;

/**
 * Performs a decision's actions through the step runtime and the memoization caches. Starting is
 * idempotent and a cache entry is simply written again, so re-applying is harmless.
 */
final class ActionApplier {
  private final StepRuntime runtime;
  private final MemoCaches caches;

  ActionApplier(StepRuntime runtime, MemoCaches caches) {
    this.runtime = runtime;
    this.caches = caches;
  }

  void apply(Decision decision) {
    for (Action action : decision.actions()) {
      switch (action) {
        case Action.StartStep start -> runtime.start(start.spec());
        case Action.KillStep kill ->
            runtime.kill(kill.workflowName(), kill.nodeId(), kill.message());
        case Action.SaveMemo save -> save(save);
      }
    }
  }

  /** A cache that cannot be written costs a later rerun, not the workflow: it is reported only. */
  private void save(Action.SaveMemo save) {
    try {
      caches.save(save.cacheName(), save.key(), save.entry());
    } catch (RuntimeException e) {
      System.err.println(
          "wf: saving memoization entry "
              + save.key()
              + " in "
              + save.cacheName()
              + " failed: "
              + e);
    }
  }
}
