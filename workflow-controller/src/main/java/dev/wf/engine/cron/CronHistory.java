package dev.wf.engine.cron;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.cron.CronAction.DeleteWorkflow;

/**
 * The history limits: of the completed workflows, newest first, {@code successfulJobsHistoryLimit}
 * (default 3) succeeded and {@code failedJobsHistoryLimit} (default 1) failed or errored ones stay;
 * the older ones are deleted.
 */
final class CronHistory {
  static final int DEFAULT_SUCCESSFUL = 3;
  static final int DEFAULT_FAILED = 1;

  private CronHistory() {}

  static List<CronAction> deletions(CronWorkflowSpec spec, List<CronChild> children) {
    int keepSucceeded = limit(spec.successfulJobsHistoryLimit(), DEFAULT_SUCCESSFUL);
    int keepFailed = limit(spec.failedJobsHistoryLimit(), DEFAULT_FAILED);
    var newestFirst =
        children.stream()
            .filter(CronActiveWorkflows::completed)
            .sorted(Comparator.comparing(CronHistory::finished).reversed())
            .toList();
    var deletions = new ArrayList<CronAction>();
    int succeeded = 0;
    int failed = 0;
    for (CronChild child : newestFirst) {
      boolean keep =
          child.phase() == WorkflowPhase.SUCCEEDED
              ? ++succeeded <= keepSucceeded
              : ++failed <= keepFailed;
      if (!keep) deletions.add(new DeleteWorkflow(child.name()));
    }
    return deletions;
  }

  private static int limit(Integer given, int fallback) {
    return given == null ? fallback : Math.max(0, given);
  }

  /** When it finished; one without a time sorts as the oldest. */
  private static Instant finished(CronChild child) {
    if (child.finishedAt() != null) return child.finishedAt();
    return child.createdAt() != null ? child.createdAt() : Instant.MIN;
  }
}
