package dev.wf.engine.cron;

import java.time.Instant;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;

/**
 * The scheduler's pure core: given a cron workflow (spec and status), the workflows it started and
 * the time, decides what to start, terminate and delete, and the next status. Same inputs, same
 * decision; no clock, no store.
 */
public final class CronReconciler {
  private CronReconciler() {}

  public static CronDecision decide(CronWorkflow cron, List<CronChild> children, Instant now) {
    throw new UnsupportedOperationException("contract: CronReconciler.decide (issue 6)");
  }
}
