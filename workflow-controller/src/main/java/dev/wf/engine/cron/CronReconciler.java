package dev.wf.engine.cron;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.cron.CronSyntaxException;
import dev.wf.api.spec.Condition;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.CronWorkflowStatus.ActiveWorkflow;
import dev.wf.engine.cron.CronAction.SubmitScheduled;
import dev.wf.engine.cron.CronAction.TerminateWorkflow;

/**
 * The scheduler's pure core: given a cron workflow (spec and status), the workflows it started and
 * the time, decides what to start, terminate and delete, and the next status. Same inputs, same
 * decision; no clock, no store.
 *
 * <p>Of the schedule times since the last pass only the latest runs, and only if it is at most
 * {@code startingDeadlineSeconds} (at least {@link CronSlots#ON_TIME}) old: a slot missed while the
 * scheduler was down or the cron workflow suspended is skipped otherwise, as in Argo.
 */
public final class CronReconciler {
  private static final String FORBID = "Forbid";
  private static final String REPLACE = "Replace";

  private CronReconciler() {}

  /** As {@link #decide(CronWorkflow, List, Instant, ZoneId)} with UTC for an unset timezone. */
  public static CronDecision decide(CronWorkflow cron, List<CronChild> children, Instant now) {
    return decide(cron, children, now, ZoneOffset.UTC);
  }

  /**
   * One pass at {@code now}; {@code defaultZone} is the zone of schedules whose cron workflow sets
   * no {@code timezone} (the machine's, for the local server).
   */
  public static CronDecision decide(
      CronWorkflow cron, List<CronChild> children, Instant now, ZoneId defaultZone) {
    var spec = cron.spec();
    var status = CronActiveWorkflows.update(cron.status(), children, cron.metadata().namespace());
    var actions = new ArrayList<CronAction>(CronHistory.deletions(spec, children));
    status = stopIfDone(cron, status, now);
    if (CronWorkflowStatus.STOPPED.equals(status.phase()) || Boolean.TRUE.equals(spec.suspend())) {
      return new CronDecision(status, actions, Optional.empty());
    }
    status = status.withPhase(CronWorkflowStatus.ACTIVE);
    CronSlots slots;
    try {
      slots = CronSlots.of(spec, zone(spec.timezone(), defaultZone), baseline(cron, now), now);
    } catch (CronSyntaxException | DateTimeException e) {
      var error = specError("cannot schedule: " + e.getMessage());
      return new CronDecision(
          status.withCondition(error).withLastCheckedTime(now), actions, Optional.empty());
    }
    if (slots.due().isPresent()) status = run(cron, status, slots.due().get(), now, actions);
    return new CronDecision(status.withLastCheckedTime(now), actions, slots.wake());
  }

  /** Stopped for good once {@code stopStrategy.expression} holds. */
  private static CronWorkflowStatus stopIfDone(
      CronWorkflow cron, CronWorkflowStatus status, Instant now) {
    if (CronWorkflowStatus.STOPPED.equals(status.phase())) return status;
    var stop = CronExpressions.stop(cron, status, now);
    if (stop.error() != null) return status.withCondition(specError(stop.error()));
    return stop.holds() ? status.withPhase(CronWorkflowStatus.STOPPED) : status;
  }

  /** Starts the workflow for {@code slot} unless {@code when} or the concurrency policy says no. */
  private static CronWorkflowStatus run(
      CronWorkflow cron,
      CronWorkflowStatus status,
      Instant slot,
      Instant now,
      List<CronAction> actions) {
    var when = CronExpressions.when(cron, status, now);
    if (when.error() != null) return status.withCondition(specError(when.error()));
    status = status.without(Condition.SPEC_ERROR);
    if (!when.holds()) return status;
    String policy = cron.spec().concurrencyPolicy();
    if (FORBID.equals(policy) && !status.active().isEmpty()) return status;
    if (REPLACE.equals(policy)) {
      status.active().forEach(a -> actions.add(new TerminateWorkflow(a.name())));
    }
    actions.add(new SubmitScheduled(slot));
    var active = new ArrayList<>(status.active());
    String name = CronWorkflows.childName(cron.name(), slot);
    if (active.stream().noneMatch(a -> a.name().equals(name))) {
      active.add(new ActiveWorkflow(name, cron.metadata().namespace(), null));
    }
    return status.withActive(active).withLastScheduledTime(slot);
  }

  /** Schedule times after this one are new: the last pass, else the creation, else now. */
  private static Instant baseline(CronWorkflow cron, Instant now) {
    if (cron.status().lastCheckedTime() != null) return cron.status().lastCheckedTime();
    var created = cron.metadata().creationTimestamp();
    return created != null ? created : now;
  }

  private static ZoneId zone(String timezone, ZoneId defaultZone) {
    return timezone == null || timezone.isBlank() ? defaultZone : ZoneId.of(timezone);
  }

  private static Condition specError(String message) {
    return Condition.holds(Condition.SPEC_ERROR, message);
  }
}
