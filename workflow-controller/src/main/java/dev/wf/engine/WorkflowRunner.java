package dev.wf.engine;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.wf.api.spec.Workflow;

/**
 * What a workflow service needs from whatever runs its workflows: take a new one, change one from
 * outside (a control verb), delete one, and say when one changed. Locally that is the in-process
 * {@link WorkflowController}; against a cluster it is {@link RemoteRunner}, which only writes the
 * workflows a controller in the cluster watches.
 */
public interface WorkflowRunner {
  /** Stores a new workflow (its name already final) to be run. */
  void submit(Workflow workflow);

  /** Deletes a workflow and what it left (steps; artifacts its garbage collection names). */
  WorkflowDeletion delete(String name, boolean force);

  /**
   * Applies {@code change} to the workflow as last stored and stores the result; the steps of nodes
   * the change removed from the status are forgotten, so those nodes run again. Empty if there is
   * no such workflow; a refusal thrown by {@code change} propagates and changes nothing.
   */
  Optional<Workflow> update(String name, UnaryOperator<Workflow> change);

  /** The clock changes are stamped with. */
  Clock clock();

  /** Registers a listener told a workflow's name each time it is written. */
  void onStatusChanged(Consumer<String> listener);

  /** Looks again at workflows waiting for a lock (a semaphore's limit may have changed). */
  void wakeWaiting();
}
