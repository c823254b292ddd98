package dev.wf.engine.cron;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

/**
 * A workflow a cron workflow started (labelled {@code workflows.argoproj.io/cron-workflow}), as the
 * scheduler sees it; {@code finishedAt} is null while it runs.
 */
public record CronChild(
    String name,
    String uid,
    WorkflowPhase phase,
    Instant createdAt,
    Instant finishedAt,
    Instant scheduledTime) {

  /**
   * A child from what its store holds: a completed one without a finish time counts as finished
   * when it was created; the schedule time comes from its annotation (null when absent or not a
   * time).
   */
  public static CronChild of(
      String name,
      String uid,
      Instant createdAt,
      Map<String, String> annotations,
      WorkflowStatus status) {
    WorkflowPhase phase = status == null ? null : status.phase();
    Instant finished = null;
    if (phase != null && phase.completed()) {
      finished = status.finishedAt() != null ? status.finishedAt() : createdAt;
    }
    String scheduled =
        annotations == null ? null : annotations.get(CronWorkflows.SCHEDULED_TIME_ANNOTATION);
    return new CronChild(name, uid, phase, createdAt, finished, instant(scheduled));
  }

  /** An RFC 3339 time, or null when {@code value} is absent or not one. */
  static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
