package dev.wf.engine.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import dev.wf.api.spec.SynchronizationStatus;

/**
 * One pass's working copy of the locks, for one workflow: starts from the {@link SyncView} (plus
 * the holdings the workflow's own status records), takes and gives back locks as the pass goes, and
 * ends as the workflow's {@code status.synchronization}. Created and dropped inside {@code decide},
 * so deciding stays pure; the controller records the outcome in its {@link LockTable}.
 */
public final class LockClaims {
  private final String workflowKey;
  private final Map<String, Limit> limits;
  private final Map<String, Set<String>> holders = new TreeMap<>();
  private final Map<String, List<Waiter>> queues = new TreeMap<>();
  private final Set<String> waitedFor = new LinkedHashSet<>();

  public LockClaims(SyncView view, String workflowKey, List<SyncStatuses.Hold> ownHolds) {
    this.workflowKey = workflowKey;
    this.limits = view.limits();
    view.locks()
        .forEach(
            (lock, state) -> {
              holders.put(lock, new LinkedHashSet<>(state.holders()));
              queues.put(lock, new ArrayList<>(state.waiters()));
            });
    for (var hold : ownHolds) holdersOf(hold.lock()).add(hold.holder());
  }

  /** What a request for locks came to. */
  public record Outcome(Result result, String message, String lock) {
    public enum Result {
      ACQUIRED,
      WAITING,
      FAILED
    }
  }

  /**
   * Takes all of {@code locks} for {@code holder}, or none: each must have a free slot that no one
   * ahead in its queue is owed. A holder that must wait joins the queues of the locks it lacks.
   */
  public Outcome acquire(String holder, List<LockKey> locks, int priority, Instant createdAt) {
    for (LockKey lock : locks) {
      Limit limit = limit(lock);
      if (!limit.ok()) return new Outcome(Outcome.Result.FAILED, limit.error(), lock.name());
    }
    Waiter self = new Waiter(holder, priority, createdAt, Long.MAX_VALUE);
    Outcome blocked = blocked(self, locks);
    for (LockKey lock : locks) {
      if (holds(lock.name(), holder)) continue;
      if (blocked == null) {
        holdersOf(lock.name()).add(holder);
        queueOf(lock.name()).removeIf(w -> w.holder().equals(holder));
      } else {
        waitedFor.add(lock.name());
        if (queueOf(lock.name()).stream().noneMatch(w -> w.holder().equals(holder)))
          queueOf(lock.name()).add(self);
      }
    }
    return blocked != null ? blocked : new Outcome(Outcome.Result.ACQUIRED, null, null);
  }

  /** The wait for the first of {@code locks} that {@code self} cannot take now, or null. */
  private Outcome blocked(Waiter self, List<LockKey> locks) {
    for (LockKey lock : locks) {
      if (holds(lock.name(), self.holder())) continue;
      int limit = limit(lock).value();
      int held = holdersOf(lock.name()).size();
      if (held + ahead(lock.name(), self) < limit) continue;
      String message =
          "Waiting for " + lock.name() + " lock. Lock status: " + (limit - held) + "/" + limit;
      return new Outcome(Outcome.Result.WAITING, message, lock.name());
    }
    return null;
  }

  /** Gives back everything {@code holder} holds. */
  public void release(String holder) {
    holders.values().forEach(set -> set.remove(holder));
  }

  /**
   * The workflow's {@code status.synchronization}: what its holders that {@code keep} accepts hold,
   * and, for every lock it asked for in vain during this pass, who holds that lock now.
   */
  public SynchronizationStatus status(Predicate<String> keep) {
    var mutexHolding = new ArrayList<SynchronizationStatus.MutexHolding>();
    var semaphoreHolding = new ArrayList<SynchronizationStatus.SemaphoreHolding>();
    holders.forEach(
        (lock, set) -> {
          List<String> mine = set.stream().filter(h -> own(h) && keep.test(h)).toList();
          if (mine.isEmpty()) return;
          if (LockKey.kindOf(lock) == LockKey.Kind.MUTEX) {
            mine.forEach(h -> mutexHolding.add(new SynchronizationStatus.MutexHolding(lock, h)));
          } else {
            semaphoreHolding.add(new SynchronizationStatus.SemaphoreHolding(lock, mine));
          }
        });
    var mutexWaiting = new ArrayList<SynchronizationStatus.MutexHolding>();
    var semaphoreWaiting = new ArrayList<SynchronizationStatus.SemaphoreHolding>();
    for (String lock : waitedFor) {
      List<String> current = List.copyOf(holdersOf(lock));
      if (LockKey.kindOf(lock) == LockKey.Kind.MUTEX) {
        String holder = current.isEmpty() ? null : current.get(0);
        mutexWaiting.add(new SynchronizationStatus.MutexHolding(lock, holder));
      } else {
        semaphoreWaiting.add(new SynchronizationStatus.SemaphoreHolding(lock, current));
      }
    }
    return new SynchronizationStatus(
        semaphoreHolding.isEmpty() && semaphoreWaiting.isEmpty()
            ? null
            : new SynchronizationStatus.SemaphoreStatus(semaphoreHolding, semaphoreWaiting),
        mutexHolding.isEmpty() && mutexWaiting.isEmpty()
            ? null
            : new SynchronizationStatus.MutexStatus(mutexHolding, mutexWaiting));
  }

  private Limit limit(LockKey lock) {
    if (lock.kind() == LockKey.Kind.MUTEX) return Limit.of(1);
    Limit limit = limits.get(lock.name());
    if (limit != null) return limit;
    return Limit.failed(
        "failed to initialize semaphore "
            + lock.name()
            + " with limit: its ConfigMap name or key is not known before the workflow runs"
            + " (wf looks up limits for literal names only)");
  }

  /** How many waiters are owed a slot before {@code self}. */
  private int ahead(String lock, Waiter self) {
    List<Waiter> queue = queueOf(lock);
    int count = 0;
    for (Waiter waiter : queue.stream().sorted(Waiter.ORDER).toList()) {
      if (waiter.holder().equals(self.holder())) return count;
      if (Waiter.ORDER.compare(waiter, self) > 0) return count;
      count++;
    }
    return count;
  }

  private boolean holds(String lock, String holder) {
    return holdersOf(lock).contains(holder);
  }

  private boolean own(String holder) {
    return holder.equals(workflowKey) || holder.startsWith(workflowKey + "/");
  }

  private Set<String> holdersOf(String lock) {
    return holders.computeIfAbsent(lock, l -> new LinkedHashSet<>());
  }

  private List<Waiter> queueOf(String lock) {
    return queues.computeIfAbsent(lock, l -> new ArrayList<>());
  }
}
