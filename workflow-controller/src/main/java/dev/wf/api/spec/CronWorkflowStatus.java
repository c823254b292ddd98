package dev.wf.api.spec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scheduler knows of a {@link CronWorkflow}, in Argo's shape: the workflows it started
 * that still run, when it last started one, how many of its workflows succeeded and failed, its
 * phase ({@code Active}, or {@code Stopped} once {@code stopStrategy.expression} held) and
 * conditions (submission or spec errors). {@code lastCheckedTime} is wf's own: the moment up to
 * which schedule times have been considered, so a slot is never acted on twice, even when {@code
 * when} or {@code concurrencyPolicy: Forbid} skipped it.
 */
public record CronWorkflowStatus(
    List<ActiveWorkflow> active,
    Instant lastScheduledTime,
    Instant lastCheckedTime,
    Long succeeded,
    Long failed,
    String phase,
    List<Condition> conditions) {
  public static final String ACTIVE = "Active";
  public static final String STOPPED = "Stopped";
  public static final CronWorkflowStatus EMPTY =
      new CronWorkflowStatus(List.of(), null, null, 0L, 0L, null, List.of());

  public CronWorkflowStatus {
    active = Lists.of(active);
    conditions = Lists.of(conditions);
    succeeded = succeeded == null ? 0L : succeeded;
    failed = failed == null ? 0L : failed;
  }

  public CronWorkflowStatus withActive(List<ActiveWorkflow> newActive) {
    return new CronWorkflowStatus(
        newActive, lastScheduledTime, lastCheckedTime, succeeded, failed, phase, conditions);
  }

  public CronWorkflowStatus withCounts(long newSucceeded, long newFailed) {
    return new CronWorkflowStatus(
        active, lastScheduledTime, lastCheckedTime, newSucceeded, newFailed, phase, conditions);
  }

  public CronWorkflowStatus withLastScheduledTime(Instant time) {
    return new CronWorkflowStatus(
        active, time, lastCheckedTime, succeeded, failed, phase, conditions);
  }

  public CronWorkflowStatus withLastCheckedTime(Instant time) {
    return new CronWorkflowStatus(
        active, lastScheduledTime, time, succeeded, failed, phase, conditions);
  }

  public CronWorkflowStatus withPhase(String newPhase) {
    return new CronWorkflowStatus(
        active, lastScheduledTime, lastCheckedTime, succeeded, failed, newPhase, conditions);
  }

  /** With {@code condition} in place of any condition of its type. */
  public CronWorkflowStatus withCondition(Condition condition) {
    var next = new ArrayList<>(without(condition.type()).conditions());
    next.add(condition);
    return new CronWorkflowStatus(
        active, lastScheduledTime, lastCheckedTime, succeeded, failed, phase, next);
  }

  /** Without conditions of {@code type}. */
  public CronWorkflowStatus without(String type) {
    var next = conditions.stream().filter(c -> !type.equals(c.type())).toList();
    return new CronWorkflowStatus(
        active, lastScheduledTime, lastCheckedTime, succeeded, failed, phase, next);
  }

  /** A workflow the cron workflow started that has not completed (Argo's ObjectReference). */
  public record ActiveWorkflow(String name, String namespace, String uid) {}
}
