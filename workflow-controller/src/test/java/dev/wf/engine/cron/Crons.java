package dev.wf.engine.cron;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.StopStrategy;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;

/** Cron workflows and their children for scheduler tests, built field by field. */
record Crons(CronWorkflowSpec spec, Instant created) {
  static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  static Crons schedule(String... schedules) {
    return new Crons(
        new CronWorkflowSpec(
            null,
            List.of(schedules),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            WorkflowSpec.EMPTY),
        CREATED);
  }

  Crons policy(String policy) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            policy,
            s.suspend(),
            s.startingDeadlineSeconds(),
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            s.when(),
            s.stopStrategy(),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons timezone(String zone) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            zone,
            s.concurrencyPolicy(),
            s.suspend(),
            s.startingDeadlineSeconds(),
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            s.when(),
            s.stopStrategy(),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons suspend(boolean suspend) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            s.concurrencyPolicy(),
            suspend,
            s.startingDeadlineSeconds(),
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            s.when(),
            s.stopStrategy(),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons deadline(int seconds) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            s.concurrencyPolicy(),
            s.suspend(),
            seconds,
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            s.when(),
            s.stopStrategy(),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons history(Integer successful, Integer failed) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            s.concurrencyPolicy(),
            s.suspend(),
            s.startingDeadlineSeconds(),
            successful,
            failed,
            s.when(),
            s.stopStrategy(),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons when(String when) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            s.concurrencyPolicy(),
            s.suspend(),
            s.startingDeadlineSeconds(),
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            when,
            s.stopStrategy(),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons stopWhen(String expression) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            s.concurrencyPolicy(),
            s.suspend(),
            s.startingDeadlineSeconds(),
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            s.when(),
            new StopStrategy(expression),
            s.workflowMetadata(),
            s.workflowSpec()));
  }

  Crons workflowMetadata(ObjectMeta meta) {
    var s = spec;
    return with(
        new CronWorkflowSpec(
            s.schedule(),
            s.schedules(),
            s.timezone(),
            s.concurrencyPolicy(),
            s.suspend(),
            s.startingDeadlineSeconds(),
            s.successfulJobsHistoryLimit(),
            s.failedJobsHistoryLimit(),
            s.when(),
            s.stopStrategy(),
            meta,
            s.workflowSpec()));
  }

  private Crons with(CronWorkflowSpec newSpec) {
    return new Crons(newSpec, created);
  }

  CronWorkflow build() {
    var meta =
        new ObjectMeta(
            "nightly", null, "team-a", "uid-1", null, created, Map.of("team", "data"), null);
    return new CronWorkflow("argoproj.io/v1alpha1", "CronWorkflow", meta, spec, null);
  }

  CronWorkflow build(CronWorkflowStatus status) {
    return build().withStatus(status);
  }

  static CronChild running(Instant scheduled) {
    return new CronChild(
        CronWorkflows.childName("nightly", scheduled),
        "uid-" + scheduled.getEpochSecond(),
        WorkflowPhase.RUNNING,
        scheduled,
        null,
        scheduled);
  }

  static CronChild finished(Instant scheduled, WorkflowPhase phase, Instant finishedAt) {
    return new CronChild(
        CronWorkflows.childName("nightly", scheduled),
        "uid-" + scheduled.getEpochSecond(),
        phase,
        scheduled,
        finishedAt,
        scheduled);
  }
}
