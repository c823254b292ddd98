package dev.wf.engine;

import java.time.Instant;

import dev.wf.executor.StepResult;

/**
 * What a runtime observes of one step: running since {@code startedAt}, or ended with {@code
 * result}. A step the runtime has never heard of is simply absent from the observed map.
 */
public record StepState(Instant startedAt, StepResult result) {
  public static StepState running(Instant startedAt) {
    return new StepState(startedAt, null);
  }

  public static StepState ended(StepResult result) {
    return new StepState(result.startedAt(), result);
  }

  public boolean done() {
    return result != null;
  }
}
