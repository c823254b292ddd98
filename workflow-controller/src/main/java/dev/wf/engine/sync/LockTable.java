package dev.wf.engine.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.wf.api.spec.Workflow;

/**
 * The server's locks: who holds each one and who waits in its queue. It is always what the latest
 * statuses of the live workflows say ({@link SyncStatuses}): a pass records its workflow's new
 * status here, and a restarted server rebuilds the table from the stored statuses. Recording
 * answers which workflows to wake: those at the head of a queue whose lock has a free slot.
 * Thread-safe; callers serialize view-decide-record sequences themselves.
 */
public final class LockTable {
  private final Map<String, Set<String>> holders = new HashMap<>();
  private final Map<String, Map<String, Waiter>> queues = new HashMap<>();
  private final Map<String, Integer> limits = new HashMap<>();
  private long nextSeq;

  /** A snapshot for one pass, with the semaphore limits looked up for it (remembered). */
  public synchronized SyncView view(Map<String, Limit> passLimits) {
    passLimits.forEach(
        (lock, limit) -> {
          if (limit.ok()) limits.put(lock, limit.value());
        });
    var locks = new HashMap<String, SyncView.LockState>();
    var names = new HashSet<>(holders.keySet());
    names.addAll(queues.keySet());
    for (String lock : names) {
      locks.put(
          lock,
          new SyncView.LockState(
              List.copyOf(holders.getOrDefault(lock, Set.of())),
              List.copyOf(queues.getOrDefault(lock, Map.of()).values())));
    }
    return new SyncView(locks, passLimits);
  }

  /**
   * Makes the table agree with the workflow's status (a completed workflow holds and waits for
   * nothing) and returns the names of the workflows to wake.
   */
  public synchronized Set<String> record(Workflow workflow) {
    String key = SyncStatuses.workflowKey(workflow);
    boolean done =
        workflow.status() != null
            && workflow.status().phase() != null
            && workflow.status().phase().completed();
    List<SyncStatuses.Hold> holds = done ? List.of() : SyncStatuses.holds(workflow.status());
    List<SyncStatuses.Hold> waits = done ? List.of() : SyncStatuses.waits(workflow);
    int priority = priorityOf(workflow);
    Instant createdAt = workflow.metadata().creationTimestamp();
    Set<String> touched = new LinkedHashSet<>();
    touched.addAll(replaceHolds(owned(key), holds));
    touched.addAll(replaceWaits(owned(key), waits, priority, createdAt));
    return wake(touched);
  }

  /** Drops everything a workflow (by name) holds or waits for; returns the workflows to wake. */
  public synchronized Set<String> forget(String workflowName) {
    Predicate<String> mine = holder -> Waiter.workflowOf(holder).equals(workflowName);
    Set<String> touched = new LinkedHashSet<>(replaceHolds(mine, List.of()));
    touched.addAll(replaceWaits(mine, List.of(), 0, null));
    return wake(touched);
  }

  /** Rebuilds the table from the statuses of the workflows that have not completed. */
  public synchronized void rebuild(Collection<Workflow> workflows) {
    holders.clear();
    queues.clear();
    workflows.forEach(this::record);
  }

  /** Every workflow that waits for some lock, e.g. to look again after a limit changed. */
  public synchronized Set<String> waiting() {
    var names = new LinkedHashSet<String>();
    queues.values().forEach(queue -> queue.keySet().forEach(h -> names.add(Waiter.workflowOf(h))));
    return names;
  }

  private Set<String> replaceHolds(Predicate<String> mine, List<SyncStatuses.Hold> holds) {
    Set<String> touched = new HashSet<>();
    holders.forEach(
        (lock, set) -> {
          if (set.removeIf(h -> mine.test(h) && !holds.contains(new SyncStatuses.Hold(lock, h))))
            touched.add(lock);
        });
    for (var hold : holds) {
      if (holders.computeIfAbsent(hold.lock(), l -> new LinkedHashSet<>()).add(hold.holder()))
        touched.add(hold.lock());
    }
    holders.values().removeIf(Set::isEmpty);
    return touched;
  }

  private Set<String> replaceWaits(
      Predicate<String> mine, List<SyncStatuses.Hold> waits, int priority, Instant createdAt) {
    Set<String> touched = new HashSet<>();
    queues.forEach(
        (lock, queue) -> {
          if (queue.keySet().removeIf(h -> mine.test(h) && !waits.contains(hold(lock, h))))
            touched.add(lock);
        });
    for (var wait : waits) {
      var queue = queues.computeIfAbsent(wait.lock(), l -> new LinkedHashMap<>());
      if (queue.containsKey(wait.holder())) continue;
      queue.put(wait.holder(), new Waiter(wait.holder(), priority, createdAt, nextSeq++));
      touched.add(wait.lock());
    }
    queues.values().removeIf(Map::isEmpty);
    return touched;
  }

  /** The workflows at the head of the queues of {@code locks} that now have free slots. */
  private Set<String> wake(Set<String> locks) {
    var names = new LinkedHashSet<String>();
    for (String lock : locks) {
      var queue = queues.getOrDefault(lock, Map.of());
      if (queue.isEmpty()) continue;
      Integer limit =
          LockKey.kindOf(lock) == LockKey.Kind.MUTEX ? Integer.valueOf(1) : limits.get(lock);
      int free = limit == null ? queue.size() : limit - holders.getOrDefault(lock, Set.of()).size();
      new ArrayList<>(queue.values())
          .stream()
              .sorted(Waiter.ORDER)
              .limit(Math.max(0, free))
              .forEach(w -> names.add(Waiter.workflowOf(w.holder())));
    }
    return names;
  }

  private static SyncStatuses.Hold hold(String lock, String holder) {
    return new SyncStatuses.Hold(lock, holder);
  }

  private static Predicate<String> owned(String workflowKey) {
    return holder -> holder.equals(workflowKey) || holder.startsWith(workflowKey + "/");
  }

  private static int priorityOf(Workflow workflow) {
    Integer priority = workflow.spec().priority();
    return priority == null ? 0 : priority;
  }
}
