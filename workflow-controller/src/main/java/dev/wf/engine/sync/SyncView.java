package dev.wf.engine.sync;

import java.util.List;
import java.util.Map;

/**
 * What a pass sees of the locks shared between workflows: for each lock, its holders and its queue
 * (in order), and the limits of the semaphores the workflow names. An immutable snapshot taken
 * while lock-related passes are serialized, so a decision made on it cannot race another.
 */
public record SyncView(Map<String, LockState> locks, Map<String, Limit> limits) {
  public static final SyncView EMPTY = new SyncView(Map.of(), Map.of());

  public SyncView {
    locks = Map.copyOf(locks);
    limits = Map.copyOf(limits);
  }

  /** The holders and queue of one lock. */
  public record LockState(List<String> holders, List<Waiter> waiters) {
    public static final LockState FREE = new LockState(List.of(), List.of());

    public LockState {
      holders = List.copyOf(holders);
      waiters = waiters.stream().sorted(Waiter.ORDER).toList();
    }
  }

  public LockState state(String lock) {
    return locks.getOrDefault(lock, LockState.FREE);
  }
}
