package dev.wf.engine.cron;

import java.time.Instant;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Workflow;

/** Workflows made from a cron workflow, as Argo makes them. */
public final class CronWorkflows {
  /** The label on every workflow a cron workflow starts; its value is the cron workflow's name. */
  public static final String CRON_LABEL = "workflows.argoproj.io/cron-workflow";

  /** The annotation holding the schedule time a workflow was started for (RFC 3339). */
  public static final String SCHEDULED_TIME_ANNOTATION = "workflows.argoproj.io/scheduled-time";

  private CronWorkflows() {}

  /**
   * The workflow for one schedule time: named {@code CRON-UNIXSECONDS} (so a second start for the
   * same time is refused as existing), {@code spec.workflowSpec}, {@code workflowMetadata} labels
   * and annotations, the cron label and the scheduled-time annotation ({@code
   * {{workflow.scheduledTime}}}).
   */
  public static Workflow toWorkflow(CronWorkflow cron, Instant scheduledTime) {
    throw new UnsupportedOperationException("contract: CronWorkflows.toWorkflow (issue 6)");
  }
}
