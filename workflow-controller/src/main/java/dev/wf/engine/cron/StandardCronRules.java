package dev.wf.engine.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Workflow;

/** {@link CronRules#standard}: {@link CronReconciler} and {@link CronWorkflows}. */
final class StandardCronRules implements CronRules {
  private final ZoneId defaultZone;

  StandardCronRules(ZoneId defaultZone) {
    this.defaultZone = defaultZone;
  }

  @Override
  public CronDecision decide(CronWorkflow cron, List<CronChild> children, Instant now) {
    return CronReconciler.decide(cron, children, now, defaultZone);
  }

  @Override
  public Workflow toWorkflow(CronWorkflow cron, Instant scheduledTime) {
    return CronWorkflows.toWorkflow(cron, scheduledTime);
  }
}
