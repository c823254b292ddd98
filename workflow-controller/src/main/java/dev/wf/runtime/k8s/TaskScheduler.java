package dev.wf.runtime.k8s;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay: pod deletions after {@code podGC.deleteDelayDuration}, rechecks of
 * steps waiting on a timeout. Tests pass one they advance by hand instead of waiting.
 */
@FunctionalInterface
public interface TaskScheduler {
  void schedule(Duration delay, Runnable task);

  /** A scheduler over {@code executor} (which its owner shuts down). */
  static TaskScheduler of(ScheduledExecutorService executor) {
    return (delay, task) ->
        executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
  }
}
