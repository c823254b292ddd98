package dev.wf.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The work queue of a controller: runs the pass of a workflow on a virtual thread when asked, never
 * two passes of one workflow at once; asks that arrive during a pass coalesce into one more pass.
 * Timers ask for a pass at a given instant. The controller and the cron scheduler each have one.
 * Each workflow's lock is also what changes from outside hold, so that they fall between two
 * passes.
 */
public final class PassQueue implements AutoCloseable {
  private static final int IDLE = 0;
  private static final int RUNNING = 1;
  private static final int DIRTY = 2;

  private final Consumer<String> pass;
  private final Map<String, AtomicInteger> passes = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("wf-timers").factory());

  public PassQueue(Consumer<String> pass) {
    this.pass = pass;
  }

  /** Asks for a pass of {@code name}; coalesces with one in progress. */
  public void schedule(String name) {
    AtomicInteger state = passes.computeIfAbsent(name, n -> new AtomicInteger(IDLE));
    if (state.getAndSet(DIRTY) == IDLE) workers.submit(() -> drain(name, state));
  }

  /** Asks for a pass of {@code name} at {@code at} (now being {@code now}). */
  public void scheduleAt(String name, Instant at, Instant now) {
    long delay = Math.max(0, Duration.between(now, at).toMillis());
    timers.schedule(() -> schedule(name), delay, TimeUnit.MILLISECONDS);
  }

  /** The lock a pass of {@code name} holds. */
  ReentrantLock lockOf(String name) {
    return locks.computeIfAbsent(name, n -> new ReentrantLock());
  }

  private void drain(String name, AtomicInteger state) {
    ReentrantLock lock = lockOf(name);
    while (true) {
      state.set(RUNNING);
      lock.lock();
      try {
        pass.accept(name);
      } finally {
        lock.unlock();
      }
      if (state.compareAndSet(RUNNING, IDLE)) return;
    }
  }

  @Override
  public void close() {
    timers.shutdownNow();
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
