package dev.wf.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.WorkflowStatus;

/** The outcome of one reconcile pass: the next status, what to do, and when to look again. */
public record Decision(WorkflowStatus next, List<Action> actions, Optional<Instant> wakeAt) {
  public Decision {
    actions = List.copyOf(actions);
  }
}
