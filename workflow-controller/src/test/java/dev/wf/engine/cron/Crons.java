package dev.wf.engine.cron;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.StopStrategy;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;

/** Cron workflows and their children for scheduler tests, built one spec field at a time. */
record Crons(CronWorkflowSpec spec, Instant created) {
  static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  static Crons schedule(String... schedules) {
    var spec =
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
            WorkflowSpec.EMPTY);
    return new Crons(spec, CREATED);
  }

  Crons policy(String policy) {
    return with("concurrencyPolicy", policy);
  }

  Crons timezone(String zone) {
    return with("timezone", zone);
  }

  Crons suspend(boolean suspend) {
    return with("suspend", suspend);
  }

  Crons deadline(int seconds) {
    return with("startingDeadlineSeconds", seconds);
  }

  Crons history(Integer successful, Integer failed) {
    return with("successfulJobsHistoryLimit", successful).with("failedJobsHistoryLimit", failed);
  }

  Crons when(String when) {
    return with("when", when);
  }

  Crons stopWhen(String expression) {
    return with("stopStrategy", new StopStrategy(expression));
  }

  Crons workflowMetadata(ObjectMeta meta) {
    return with("workflowMetadata", meta);
  }

  /** This cron workflow with one field of its spec set, through the model's JSON shape. */
  private Crons with(String field, Object value) {
    ObjectNode tree = ModelJson.mapper().valueToTree(spec);
    tree.set(field, ModelJson.mapper().valueToTree(value));
    return new Crons(ModelJson.mapper().convertValue(tree, CronWorkflowSpec.class), created);
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
