package dev.wf.engine;

import java.time.Instant;

import dev.wf.executor.StepResult;

/**
 * What a runtime observes of one step: started at {@code startedAt} and either still pending (its
 * pod waits to be scheduled, for images or for init containers, so the node shows Pending as in
 * Argo), running, or ended with {@code result}. A step the runtime has never heard of is simply
 * absent from the observed map.
 */
public record StepState(Instant startedAt, StepResult result, boolean pending) {
  public StepState {
    if (result != null) pending = false;
  }

  /** A step that runs or has ended (never pending). */
  public StepState(Instant startedAt, StepResult result) {
    this(startedAt, result, false);
  }

  public static StepState running(Instant startedAt) {
    return new StepState(startedAt, null, false);
  }

  /** A step that has started but does not run yet (its pod is Pending). */
  public static StepState pending(Instant startedAt) {
    return new StepState(startedAt, null, true);
  }

  public static StepState ended(StepResult result) {
    return new StepState(result.startedAt(), result, false);
  }

  public boolean done() {
    return result != null;
  }
}
