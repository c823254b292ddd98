package dev.wf.engine;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.store.ConflictException;
import dev.wf.store.WorkflowStore;

/**
 * Runs workflows by writing them where a controller in another process watches them (the custom
 * resources of a cluster): {@code wf --kube} uses it. Submitting stores the workflow; a change is
 * applied to the stored version and written back with optimistic concurrency, applied again to the
 * newer version when someone wrote meanwhile. Before a change that removes nodes (a retry) is
 * written, their steps are removed, so the controller runs those nodes as new steps instead of
 * reading their old results again.
 */
public final class RemoteRunner implements WorkflowRunner {
  private static final int MAX_CONFLICTS = 5;

  /** Removes what a step left in the cluster (its pod and result) so its node can run again. */
  @FunctionalInterface
  public interface StepRemoval {
    void remove(String workflowName, String nodeId);
  }

  private final WorkflowStore store;
  private final StepRemoval steps;
  private final Clock clock;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  public RemoteRunner(WorkflowStore store, StepRemoval steps, Clock clock) {
    this.store = store;
    this.steps = steps;
    this.clock = clock;
  }

  /**
   * Stores the workflow without a status, as {@code kubectl create} would: the cluster's controller
   * admits it (validates it, resolves its templates and artifact repository with its own
   * configuration) on its first pass.
   */
  @Override
  public void submit(Workflow workflow) {
    store.create(workflow.withStatus(null));
  }

  /**
   * Deletes the stored workflow; the cluster removes its pods and results with it (they are owned
   * by the workflow). Artifact garbage collection on deletion is the cluster controller's.
   */
  @Override
  public WorkflowDeletion delete(String name, boolean force) {
    return store.delete(name)
        ? new WorkflowDeletion(true, true, 0, List.of())
        : WorkflowDeletion.NOT_FOUND;
  }

  @Override
  public Optional<Workflow> update(String name, UnaryOperator<Workflow> change) {
    for (int attempt = 1; ; attempt++) {
      Optional<Workflow> current = store.get(name);
      if (current.isEmpty()) return Optional.empty();
      Workflow updated = change.apply(current.get());
      WorkflowStatus before = current.get().status();
      if (before != null) removeSteps(name, before.nodesRemovedIn(updated.status()));
      try {
        return store.replace(updated);
      } catch (ConflictException e) {
        if (attempt == MAX_CONFLICTS) throw e;
      }
    }
  }

  private void removeSteps(String name, Set<String> nodeIds) {
    nodeIds.forEach(id -> steps.remove(name, id));
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public void onStatusChanged(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** A watch saw this workflow written (by the cluster's controller, or anyone). */
  public void changed(String name) {
    listeners.forEach(listener -> listener.accept(name));
  }

  /** The cluster's controller watches semaphore ConfigMaps itself. */
  @Override
  public void wakeWaiting() {}
}
