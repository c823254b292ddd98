package dev.wf.api.spec;

import java.util.List;

/**
 * {@code status.synchronization}: the mutexes and semaphores a workflow holds and waits for, in
 * Argo's shape. Lock names are namespaced ({@code default/Mutex/name}, {@code
 * default/ConfigMap/name/key}); holders are {@code namespace/workflow} for a workflow-level lock
 * and {@code namespace/workflow/nodeId} for a template-level one. A restarted server rebuilds its
 * lock holders from these.
 */
public record SynchronizationStatus(SemaphoreStatus semaphore, MutexStatus mutex) {
  /**
   * Semaphores held ({@code holders}: this workflow's) and waited for ({@code holders}: theirs).
   */
  public record SemaphoreStatus(List<SemaphoreHolding> holding, List<SemaphoreHolding> waiting) {
    public SemaphoreStatus {
      holding = Lists.of(holding);
      waiting = Lists.of(waiting);
    }
  }

  /** One semaphore and holder keys: this workflow's when held, the current holders when waited. */
  public record SemaphoreHolding(String semaphore, List<String> holders) {
    public SemaphoreHolding {
      holders = Lists.of(holders);
    }
  }

  /** Mutexes held and waited for. */
  public record MutexStatus(List<MutexHolding> holding, List<MutexHolding> waiting) {
    public MutexStatus {
      holding = Lists.of(holding);
      waiting = Lists.of(waiting);
    }
  }

  /** One mutex and its holder: this workflow's when held, the current holder when waited. */
  public record MutexHolding(String mutex, String holder) {}

  /** Whether nothing is held or waited for, in which case Argo leaves the field out. */
  public boolean blank() {
    return (semaphore == null || semaphore.holding().isEmpty() && semaphore.waiting().isEmpty())
        && (mutex == null || mutex.holding().isEmpty() && mutex.waiting().isEmpty());
  }
}
