package dev.wf.engine;

import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.gc.ArtifactCollector;
import dev.wf.engine.gc.GcReport;
import dev.wf.engine.memo.MemoCaches;
import dev.wf.runtime.StepRuntime;

/**
 * Performs a decision's actions through the step runtime, the memoization caches and the artifact
 * repositories. Starting is idempotent, a cache entry is simply written again and deleting an
 * artifact that is gone is no error, so re-applying is harmless.
 */
final class ActionApplier {
  private final StepRuntime runtime;
  private final MemoCaches caches;
  private final ArtifactCollector collector;

  ActionApplier(StepRuntime runtime, MemoCaches caches, ArtifactCollector collector) {
    this.runtime = runtime;
    this.caches = caches;
    this.collector = collector;
  }

  /** Performs the actions; returns the status to persist: the decision's, with what they did. */
  WorkflowStatus apply(Decision decision) {
    WorkflowStatus next = decision.next();
    for (Action action : decision.actions()) {
      switch (action) {
        case Action.StartStep start -> runtime.start(start.spec());
        case Action.KillStep kill ->
            runtime.kill(kill.workflowName(), kill.nodeId(), kill.message());
        case Action.SaveMemo save -> save(save);
        case Action.DeleteArtifacts delete -> next = collect(delete).applyTo(next);
      }
    }
    return next;
  }

  /** Artifacts that cannot be deleted are reported and recorded, never fail the workflow. */
  private GcReport collect(Action.DeleteArtifacts delete) {
    GcReport report = collector.collect(delete.artifacts());
    report
        .failures()
        .forEach(f -> System.err.println("wf: workflow " + delete.workflowName() + ": " + f));
    return report;
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
