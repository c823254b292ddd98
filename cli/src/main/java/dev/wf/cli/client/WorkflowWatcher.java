package dev.wf.cli.client;

import java.time.Duration;
import java.util.function.Consumer;

import dev.wf.api.spec.Workflow;
import dev.wf.server.WorkflowService.Versioned;

/**
 * Follows one workflow until it completes, by long polling the server: each answer (a change, or
 * the poll timing out) goes to a listener, so a live view can redraw and a waiter can just wait.
 */
public final class WorkflowWatcher {
  private final WfClient client;
  private final Duration pollTimeout;

  /**
   * @param pollTimeout how long one poll may wait for a change; short when a view must also tick
   *     (durations of running steps), long when only the end matters
   */
  public WorkflowWatcher(WfClient client, Duration pollTimeout) {
    this.client = client;
    this.pollTimeout = pollTimeout;
  }

  /**
   * Calls {@code onUpdate} with the workflow now and after every poll, and returns it once it has
   * completed. {@code name} may be {@code @latest}; it is resolved once, at the start.
   */
  public Workflow untilCompleted(String name, Consumer<Workflow> onUpdate) {
    Versioned current = client.get(name);
    String resolved = current.workflow().name();
    onUpdate.accept(current.workflow());
    while (!completed(current.workflow())) {
      current = client.awaitChange(resolved, current.version(), pollTimeout);
      onUpdate.accept(current.workflow());
    }
    return current.workflow();
  }

  /** Whether the workflow has reached Succeeded, Failed or Error. */
  public static boolean completed(Workflow workflow) {
    return workflow.status() != null
        && workflow.status().phase() != null
        && workflow.status().phase().completed();
  }
}
