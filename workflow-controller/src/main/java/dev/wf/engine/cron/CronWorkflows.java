package dev.wf.engine.cron;

import java.time.Instant;
import java.util.LinkedHashMap;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;

/** Workflows made from a cron workflow, as Argo makes them. */
public final class CronWorkflows {
  /** The label on every workflow a cron workflow starts; its value is the cron workflow's name. */
  public static final String CRON_LABEL = "workflows.argoproj.io/cron-workflow";

  /** The annotation holding the schedule time a workflow was started for (RFC 3339). */
  public static final String SCHEDULED_TIME_ANNOTATION = "workflows.argoproj.io/scheduled-time";

  private CronWorkflows() {}

  /** The name of the workflow for one schedule time: {@code CRON-UNIXSECONDS}. */
  public static String childName(String cronName, Instant scheduledTime) {
    return cronName + "-" + scheduledTime.getEpochSecond();
  }

  /**
   * The workflow for one schedule time: named {@code CRON-UNIXSECONDS} (so a second start for the
   * same time is refused as existing), {@code spec.workflowSpec}, {@code workflowMetadata} labels
   * and annotations, the cron label and the scheduled-time annotation ({@code
   * {{workflow.scheduledTime}}}).
   */
  public static Workflow toWorkflow(CronWorkflow cron, Instant scheduledTime) {
    var spec = cron.spec();
    var template =
        spec.workflowMetadata() == null ? ObjectMeta.named(null) : spec.workflowMetadata();
    var labels = new LinkedHashMap<>(template.labels());
    labels.put(CRON_LABEL, cron.name());
    var annotations = new LinkedHashMap<>(template.annotations());
    annotations.put(SCHEDULED_TIME_ANNOTATION, scheduledTime.toString());
    var metadata =
        new ObjectMeta(
            childName(cron.name(), scheduledTime),
            null,
            cron.metadata().namespace(),
            null,
            null,
            null,
            labels,
            annotations);
    return new Workflow(cron.apiVersion(), Workflow.KIND, metadata, spec.workflowSpec(), null);
  }
}
