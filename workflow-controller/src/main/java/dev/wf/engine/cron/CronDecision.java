package dev.wf.engine.cron;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.CronWorkflowStatus;

/**
 * The outcome of one scheduler pass over a cron workflow: its next status, the actions to perform
 * (in order), and when to look again (the next schedule time; empty when suspended or stopped).
 */
public record CronDecision(
    CronWorkflowStatus next, List<CronAction> actions, Optional<Instant> wakeAt) {
  public CronDecision {
    actions = List.copyOf(actions);
  }
}
