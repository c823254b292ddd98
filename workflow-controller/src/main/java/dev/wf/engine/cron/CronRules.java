package dev.wf.engine.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Workflow;

/**
 * The pure parts a scheduler loop calls: what to do in a pass ({@link CronReconciler}) and the
 * workflow for a schedule time ({@link CronWorkflows}). An interface so that a loop can be tested
 * with scripted decisions.
 */
public interface CronRules {
  CronDecision decide(CronWorkflow cron, List<CronChild> children, Instant now);

  Workflow toWorkflow(CronWorkflow cron, Instant scheduledTime);

  /**
   * The real rules; a cron workflow without {@code timezone} runs in {@code defaultZone} (Argo's
   * default is the controller machine's zone).
   */
  static CronRules standard(ZoneId defaultZone) {
    return new StandardCronRules(defaultZone);
  }
}
