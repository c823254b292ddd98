package dev.wf.runtime.k8s;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock and a task scheduler that move only when a test advances them, so that timeouts and
 * delays are tested without waiting.
 */
final class ManualTime extends Clock implements TaskScheduler {
  private record Task(Instant due, Runnable task) {}

  private final List<Task> tasks = new ArrayList<>();
  private Instant now;

  ManualTime(Instant start) {
    this.now = start;
  }

  /** Moves time on and runs the tasks that have come due, in order. */
  void advance(Duration by) {
    List<Task> due;
    synchronized (this) {
      now = now.plus(by);
      due = tasks.stream().filter(t -> !t.due().isAfter(now)).toList();
      tasks.removeAll(due);
    }
    due.forEach(t -> t.task().run());
  }

  synchronized int pending() {
    return tasks.size();
  }

  @Override
  public synchronized void schedule(Duration delay, Runnable task) {
    tasks.add(new Task(now.plus(delay), task));
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
