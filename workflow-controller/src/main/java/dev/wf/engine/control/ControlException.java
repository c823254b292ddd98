package dev.wf.engine.control;

import dev.wf.api.spec.Workflow;

/**
 * A control request (suspend, resume, stop, retry, ...) that cannot be done, with a message for the
 * user saying why: the workflow is in the wrong phase, no node matches, a value is missing.
 */
public final class ControlException extends RuntimeException {
  public ControlException(String message) {
    super(message);
  }

  /** Refuses {@code verb} (e.g. "suspended") for a workflow that has completed. */
  static void refuseCompleted(Workflow workflow, String verb) {
    if (completed(workflow)) {
      throw new ControlException(
          "workflow \""
              + workflow.name()
              + "\" has completed ("
              + workflow.status().phase().label()
              + "): it cannot be "
              + verb);
    }
  }

  static boolean completed(Workflow workflow) {
    return workflow.status() != null
        && workflow.status().phase() != null
        && workflow.status().phase().completed();
  }
}
