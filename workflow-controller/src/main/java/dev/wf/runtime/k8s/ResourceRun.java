package dev.wf.runtime.k8s;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;

/**
 * One resource step under way: its result, once it ends, and the object it acts on, once the action
 * is done. {@link #kill} ends it at once; the object is left as it is, as Argo leaves it when it
 * stops a resource step.
 */
public final class ResourceRun {
  private final Clock clock;
  private final Instant startedAt;
  private final CompletableFuture<StepResult> result = new CompletableFuture<>();
  private final CompletableFuture<ResourceRef> object = new CompletableFuture<>();
  private SharedIndexInformer<?> informer;

  ResourceRun(Clock clock) {
    this.clock = clock;
    this.startedAt = clock.instant();
    result.whenComplete((r, e) -> stopWatching());
  }

  /** Completes when the step ends: SUCCEEDED, FAILED (failure condition, killed) or ERROR. */
  public CompletableFuture<StepResult> result() {
    return result;
  }

  /**
   * Completes when the action is done, with the object it was done on (the name the API server gave
   * a {@code generateName}); never completes if the step ends before that.
   */
  public CompletableFuture<ResourceRef> object() {
    return object;
  }

  /** Ends the step as FAILED with {@code message}, unless it has ended; stops watching. */
  public void kill(String message) {
    end(Phase.FAILED, Map.of(), message);
  }

  boolean ended() {
    return result.isDone();
  }

  void acted(ResourceRef ref) {
    object.complete(ref);
  }

  void succeed(Map<String, String> outputs) {
    end(Phase.SUCCEEDED, outputs, null);
  }

  void fail(String message) {
    end(Phase.FAILED, Map.of(), message);
  }

  void error(String message) {
    end(Phase.ERROR, Map.of(), message);
  }

  private void end(Phase phase, Map<String, String> outputs, String message) {
    result.complete(
        new StepResult(phase, null, null, outputs, message, startedAt, clock.instant()));
  }

  /** Keeps the informer to stop when the step ends (at once if it has ended). */
  void watching(SharedIndexInformer<?> started) {
    synchronized (this) {
      informer = started;
    }
    if (result.isDone()) stopWatching();
  }

  private void stopWatching() {
    SharedIndexInformer<?> running;
    synchronized (this) {
      running = informer;
      informer = null;
    }
    if (running != null) running.close();
  }
}
