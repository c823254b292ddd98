package dev.wf.engine.cron;

import java.time.Instant;

/** What the scheduler asks to be done; performed by whoever runs {@link CronReconciler}. */
public sealed interface CronAction {
  /**
   * Start the workflow for one schedule time ({@link CronWorkflows#toWorkflow}); one that already
   * exists for that time counts as started.
   */
  record SubmitScheduled(Instant scheduledTime) implements CronAction {}

  /** Terminate a running workflow ({@code concurrencyPolicy: Replace}). */
  record TerminateWorkflow(String name) implements CronAction {}

  /** Delete a completed workflow beyond the history limits. */
  record DeleteWorkflow(String name) implements CronAction {}
}
