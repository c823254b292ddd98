package dev.wf.engine.cron;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.CronWorkflowStatus.ActiveWorkflow;
import dev.wf.api.spec.WorkflowPhase;

/**
 * Brings {@code status.active} up to date with the workflows a cron workflow started: a listed
 * workflow that has not completed is active; an active one that completed leaves and is counted
 * once (Succeeded, or Failed and Error as failed); an active one no longer listed leaves uncounted,
 * unless it was just submitted (no uid yet) and is simply not listed yet.
 */
final class CronActiveWorkflows {
  private CronActiveWorkflows() {}

  static CronWorkflowStatus update(
      CronWorkflowStatus status, List<CronChild> children, String namespace) {
    Map<String, CronChild> byName = new LinkedHashMap<>();
    children.forEach(child -> byName.put(child.name(), child));
    var active = new ArrayList<ActiveWorkflow>();
    long succeeded = status.succeeded();
    long failed = status.failed();
    for (ActiveWorkflow entry : status.active()) {
      CronChild child = byName.get(entry.name());
      if (child == null) {
        if (entry.uid() == null) active.add(entry);
        continue;
      }
      if (!completed(child)) {
        active.add(new ActiveWorkflow(entry.name(), entry.namespace(), child.uid()));
      } else if (child.phase() == WorkflowPhase.SUCCEEDED) {
        succeeded++;
      } else {
        failed++;
      }
    }
    for (CronChild child : children) {
      boolean known = status.active().stream().anyMatch(a -> a.name().equals(child.name()));
      if (!known && !completed(child)) {
        active.add(new ActiveWorkflow(child.name(), namespace, child.uid()));
      }
    }
    return status.withActive(active).withCounts(succeeded, failed);
  }

  static boolean completed(CronChild child) {
    return child.phase() != null && child.phase().completed();
  }
}
