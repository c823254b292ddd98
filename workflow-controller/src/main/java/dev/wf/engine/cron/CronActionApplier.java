package dev.wf.engine.cron;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.wf.api.spec.Condition;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.Workflow;

/**
 * Performs the actions of one scheduler pass through a {@link CronTarget} and returns the status to
 * persist: the decided one, less the workflows that could not be submitted, with a {@code
 * SubmissionError} condition saying why (cleared by the next successful submission).
 */
final class CronActionApplier {
  /** The condition type of a workflow the scheduler could not submit, as Argo names it. */
  static final String SUBMISSION_ERROR = "SubmissionError";

  private static final System.Logger LOG = System.getLogger(CronActionApplier.class.getName());

  private final CronTarget target;
  private final CronRules rules;

  CronActionApplier(CronTarget target, CronRules rules) {
    this.target = target;
    this.rules = rules;
  }

  CronWorkflowStatus apply(CronWorkflow cron, CronDecision decision) {
    Set<String> refused = new HashSet<>();
    String error = null;
    boolean submitted = false;
    for (CronAction action : decision.actions()) {
      switch (action) {
        case CronAction.SubmitScheduled submit -> {
          String failure = submit(cron, submit, refused);
          submitted |= failure == null;
          if (failure != null) error = failure;
        }
        case CronAction.TerminateWorkflow terminate ->
            quietly(() -> target.terminate(terminate.name()));
        case CronAction.DeleteWorkflow delete -> quietly(() -> target.delete(delete.name()));
      }
    }
    return withOutcome(decision.next(), refused, submitted || error != null, error);
  }

  /** Submits the workflow of one schedule time; the reason it was refused, or null. */
  private String submit(CronWorkflow cron, CronAction.SubmitScheduled submit, Set<String> refused) {
    String name = null;
    try {
      Workflow workflow = rules.toWorkflow(cron, submit.scheduledTime());
      name = workflow.name();
      target.submit(workflow);
      return null;
    } catch (RuntimeException e) {
      if (name != null) refused.add(name);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return "Failed to submit Workflow for " + submit.scheduledTime() + ": " + why;
    }
  }

  private static CronWorkflowStatus withOutcome(
      CronWorkflowStatus next, Set<String> refused, boolean clear, String error) {
    var active = next.active().stream().filter(a -> !refused.contains(a.name())).toList();
    List<Condition> conditions = new ArrayList<>(next.conditions());
    if (clear) conditions.removeIf(c -> SUBMISSION_ERROR.equals(c.type()));
    if (error != null) conditions.add(Condition.holds(SUBMISSION_ERROR, error));
    return new CronWorkflowStatus(
        active,
        next.lastScheduledTime(),
        next.lastCheckedTime(),
        next.succeeded(),
        next.failed(),
        next.phase(),
        conditions);
  }

  private static void quietly(Runnable verb) {
    try {
      verb.run();
    } catch (RuntimeException e) {
      // The next pass sees the workflow again and asks again.
      LOG.log(Level.WARNING, "cron action failed: " + e.getMessage());
    }
  }
}
