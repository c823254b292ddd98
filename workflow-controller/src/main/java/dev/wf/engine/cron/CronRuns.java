package dev.wf.engine.cron;

import java.time.Instant;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;

/**
 * A run of a cron workflow started by hand ({@code wf submit --from cronwf/NAME}), as Argo makes
 * it: the run for the current time, with a name generated from the cron workflow's.
 */
public final class CronRuns {
  private CronRuns() {}

  public static Workflow now(CronWorkflow cron, Instant now) {
    Workflow run = CronWorkflows.toWorkflow(cron, now);
    ObjectMeta m = run.metadata();
    return run.withMetadata(
        new ObjectMeta(
            null, cron.name() + "-", m.namespace(), null, null, null, m.labels(), m.annotations()));
  }
}
