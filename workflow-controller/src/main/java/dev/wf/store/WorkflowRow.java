package dev.wf.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;

/**
 * A workflow as the {@code workflows} table keeps it, serialized before the write lock is taken so
 * that writers hold it only for the SQL. {@code manifest} is the workflow without status and
 * resource version; {@code status} is null when the workflow has none.
 */
record WorkflowRow(
    String name,
    String namespace,
    long createdAtMicros,
    String phase,
    String manifest,
    String status) {

  static WorkflowRow of(Workflow workflow, Instant created) {
    Workflow manifest = workflow.withMetadata(withResourceVersion(workflow.metadata(), null));
    return new WorkflowRow(
        workflow.name(),
        workflow.metadata().namespace(),
        ChronoUnit.MICROS.between(Instant.EPOCH, created),
        phase(workflow.status()),
        ModelJson.write(manifest.withStatus(null)),
        statusJson(workflow.status()));
  }

  /** The workflow a stored manifest and status stand for, at the given resource version. */
  static Workflow workflow(String manifest, String status, long resourceVersion) {
    Workflow workflow = ModelJson.read(manifest, Workflow.class);
    return workflow
        .withMetadata(withResourceVersion(workflow.metadata(), Long.toString(resourceVersion)))
        .withStatus(status == null ? null : ModelJson.read(status, WorkflowStatus.class));
  }

  static String statusJson(WorkflowStatus status) {
    return status == null ? null : ModelJson.write(status);
  }

  static String phase(WorkflowStatus status) {
    return status == null || status.phase() == null ? null : status.phase().label();
  }

  private static ObjectMeta withResourceVersion(ObjectMeta meta, String version) {
    return new ObjectMeta(
        meta.name(),
        meta.generateName(),
        meta.namespace(),
        meta.uid(),
        version,
        meta.creationTimestamp(),
        meta.labels(),
        meta.annotations());
  }
}
