package dev.wf.server;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Wakes watchers when any workflow's status is persisted, so a watch waits for "something new"
 * without polling the store. The version itself is the store's; this only says when to look again.
 */
final class StatusChanges {
  private final Object monitor = new Object();

  void signal() {
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /**
   * Waits until {@code version} differs from {@code seen} or the timeout passes; returns the latest
   * version.
   */
  String await(Supplier<String> version, String seen, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (monitor) {
      String current = version.get();
      while (current.equals(seen)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) break;
        monitor.wait(Math.max(1, left / 1_000_000));
        current = version.get();
      }
      return current;
    }
  }
}
