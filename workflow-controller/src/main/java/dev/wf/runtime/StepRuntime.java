package dev.wf.runtime;

import java.util.Map;
import java.util.function.Consumer;

import dev.wf.api.spec.Workflow;
import dev.wf.engine.StepState;
import dev.wf.executor.StepSpec;

/**
 * Runs steps somewhere (host processes, pods) and reports what became of them. Implementations are
 * thread-safe. Starting is idempotent: a step that already exists, running or ended, is left alone,
 * so a controller that crashes between "start" and "persist" can simply start it again.
 */
public interface StepRuntime extends AutoCloseable {
  /** Starts the step unless a step with this workflow and node id already exists. */
  void start(StepSpec spec);

  /** Stops a running step (its whole process tree); it then ends as FAILED with a message. */
  void kill(String workflowName, String nodeId, String message);

  /** Every step of this workflow the runtime knows, by node id. */
  Map<String, StepState> observe(String workflowName);

  /**
   * Registers a listener told the workflow's name whenever one of its steps changes in a way a pass
   * must see: it ended, or (on a cluster) its pod left Pending and started running.
   */
  void onStepChanged(Consumer<String> listener);

  /** Removes everything kept for this workflow's steps (directories, logs). */
  void forget(String workflowName);

  /**
   * Removes everything kept for one step (directory, logs, result), killing it first if it runs, so
   * that its node can run again as a new step under the same id (as {@code wf retry} does).
   */
  default void forget(String workflowName, String nodeId) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " cannot run a step again under the same node id");
  }

  /**
   * The controller has persisted {@code workflow}'s status, with the results of its ended steps
   * read into it: a runtime may now clean up what it kept for them (pod garbage collection). Called
   * after every write of the status; does nothing by default.
   */
  default void recorded(Workflow workflow) {}

  @Override
  void close();
}
