package dev.wf.server;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A version per workflow that changes every time its status is persisted, so watchers can wait for
 * "anything new" without polling. Versions carry this server's boot id: after a restart every
 * version differs from what a client saw, so a client simply fetches again.
 */
final class StatusVersions {
  private final String boot = UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Long> counters = new ConcurrentHashMap<>();
  private final Object monitor = new Object();

  String current(String name) {
    return boot + "." + counters.getOrDefault(name, 0L);
  }

  void bump(String name) {
    counters.merge(name, 1L, Long::sum);
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /**
   * Waits until {@code name}'s version differs from {@code seen} or the timeout passes; returns the
   * current version.
   */
  String awaitChange(String name, String seen, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (monitor) {
      while (current(name).equals(seen)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) break;
        monitor.wait(Math.max(1, left / 1_000_000));
      }
    }
    return current(name);
  }
}
