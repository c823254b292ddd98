package dev.wf.engine.cron;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;

/**
 * Test rules standing in for the real scheduler: every cron workflow runs at each whole minute (the
 * last missed one only), keeps {@code successfulJobsHistoryLimit} succeeded runs, and waits while
 * suspended. Enough to drive the scheduler loop.
 */
public final class MinuteRules implements CronRules {
  @Override
  public CronDecision decide(CronWorkflow cron, List<CronChild> children, Instant now) {
    CronWorkflowStatus status = cron.status();
    Instant checked =
        status.lastCheckedTime() != null
            ? status.lastCheckedTime()
            : cron.metadata().creationTimestamp();
    List<CronAction> actions = new ArrayList<>();
    var active = new ArrayList<CronWorkflowStatus.ActiveWorkflow>();
    children.stream()
        .filter(c -> c.finishedAt() == null)
        .forEach(
            c -> active.add(new CronWorkflowStatus.ActiveWorkflow(c.name(), "default", c.uid())));
    Instant slot = now.truncatedTo(ChronoUnit.MINUTES);
    Instant scheduled = status.lastScheduledTime();
    boolean suspended = Boolean.TRUE.equals(cron.spec().suspend());
    if (!suspended && slot.isAfter(checked)) {
      actions.add(new CronAction.SubmitScheduled(slot));
      active.add(new CronWorkflowStatus.ActiveWorkflow(name(cron, slot), "default", null));
      scheduled = slot;
    }
    long succeeded = count(children, WorkflowPhase.SUCCEEDED);
    long failed = children.stream().filter(c -> c.finishedAt() != null).count() - succeeded;
    history(cron, children).forEach(c -> actions.add(new CronAction.DeleteWorkflow(c.name())));
    var next =
        new CronWorkflowStatus(
            active,
            scheduled,
            suspended ? checked : now,
            succeeded,
            failed,
            "Active",
            status.conditions());
    Optional<Instant> wake =
        suspended ? Optional.empty() : Optional.of(slot.plus(1, ChronoUnit.MINUTES));
    return new CronDecision(next, actions, wake);
  }

  @Override
  public Workflow toWorkflow(CronWorkflow cron, Instant scheduledTime) {
    var meta =
        new ObjectMeta(
            name(cron, scheduledTime),
            null,
            "default",
            null,
            null,
            null,
            Map.of(CronWorkflows.CRON_LABEL, cron.name()),
            Map.of(CronWorkflows.SCHEDULED_TIME_ANNOTATION, scheduledTime.toString()));
    return new Workflow(
        "argoproj.io/v1alpha1", Workflow.KIND, meta, cron.spec().workflowSpec(), null);
  }

  private static String name(CronWorkflow cron, Instant time) {
    return cron.name() + "-" + time.getEpochSecond();
  }

  private static long count(List<CronChild> children, WorkflowPhase phase) {
    return children.stream().filter(c -> c.phase() == phase).count();
  }

  private static List<CronChild> history(CronWorkflow cron, List<CronChild> children) {
    Integer limit = cron.spec().successfulJobsHistoryLimit();
    if (limit == null) return List.of();
    List<CronChild> done =
        children.stream()
            .filter(c -> c.phase() == WorkflowPhase.SUCCEEDED)
            .sorted(Comparator.comparing(CronChild::createdAt).reversed())
            .toList();
    return done.size() <= limit ? List.of() : done.subList(limit, done.size());
  }
}
