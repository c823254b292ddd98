package dev.wf.engine;

import java.util.Optional;

/**
 * How a workflow is shut down ({@code spec.shutdown}), as Argo defines it: {@code Stop} ends what
 * runs and starts nothing new, but still runs the exit handler; {@code Terminate} does not run it
 * either.
 */
public enum ShutdownStrategy {
  STOP("Stop"),
  TERMINATE("Terminate");

  private final String label;

  ShutdownStrategy(String label) {
    this.label = label;
  }

  /** The value of {@code spec.shutdown}. */
  public String label() {
    return label;
  }

  /** The strategy {@code spec.shutdown} names; empty when none (or one this engine ignores). */
  public static Optional<ShutdownStrategy> of(String value) {
    for (ShutdownStrategy s : values()) {
      if (s.label.equals(value)) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** Whether nodes still run under this strategy: only those of the exit handler, under Stop. */
  boolean runs(boolean exitHandler) {
    return this == STOP && exitHandler;
  }

  /** The message of the workflow, and of suspend and retry nodes, that this strategy ended. */
  public String stoppedMessage() {
    return "Stopped with strategy '" + label + "'";
  }

  /** The message of a step that this strategy killed or never started. */
  String stepMessage() {
    return "workflow shutdown with strategy: " + label;
  }
}
