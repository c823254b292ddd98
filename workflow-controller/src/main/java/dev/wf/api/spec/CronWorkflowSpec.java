package dev.wf.api.spec;

import java.util.List;

/** When and how a {@link CronWorkflow} starts workflows, as in Argo. */
public record CronWorkflowSpec(
    String schedule,
    List<String> schedules,
    String timezone,
    String concurrencyPolicy,
    Boolean suspend,
    Integer startingDeadlineSeconds,
    Integer successfulJobsHistoryLimit,
    Integer failedJobsHistoryLimit,
    String when,
    StopStrategy stopStrategy,
    ObjectMeta workflowMetadata,
    WorkflowSpec workflowSpec) {
  public CronWorkflowSpec {
    schedules = Lists.of(schedules);
  }
}
