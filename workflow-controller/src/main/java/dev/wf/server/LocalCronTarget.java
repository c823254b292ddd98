package dev.wf.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.WorkflowRunner;
import dev.wf.engine.control.ControlException;
import dev.wf.engine.cron.CronChild;
import dev.wf.engine.cron.CronTarget;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.WorkflowStore;

/**
 * The local server's workflows as the cron scheduler sees them: children read from the store by
 * their cron label, submissions through {@link LocalWorkflowService#submitWorkflow} (the checks of
 * {@code wf submit}), {@code wf terminate} and {@code wf delete}. It follows the phases of children
 * that have not completed and tells the scheduler when one changes.
 */
public final class LocalCronTarget implements CronTarget {
  private final WorkflowStore store;
  private final LocalWorkflowService service;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Watched> watched = new ConcurrentHashMap<>();

  /** A running child: its cron workflow and the phase last seen. */
  private record Watched(String cron, WorkflowPhase phase) {}

  public LocalCronTarget(WorkflowStore store, LocalWorkflowService service, WorkflowRunner runner) {
    this.store = store;
    this.service = service;
    runner.onStatusChanged(this::written);
  }

  @Override
  public List<CronChild> children(String cronName) {
    List<CronChild> children = new ArrayList<>();
    for (Workflow wf : store.list()) {
      if (!cronName.equals(wf.metadata().labels().get(CronWorkflows.CRON_LABEL))) continue;
      CronChild child = child(wf);
      children.add(child);
      if (child.finishedAt() == null) watched.put(wf.name(), new Watched(cronName, child.phase()));
    }
    return List.copyOf(children);
  }

  @Override
  public void submit(Workflow workflow) {
    try {
      Workflow stored = service.submitWorkflow("cronworkflow", workflow);
      String cron = stored.metadata().labels().get(CronWorkflows.CRON_LABEL);
      if (cron != null) watched.put(stored.name(), new Watched(cron, null));
    } catch (AlreadyExistsException e) {
      // Started by an earlier pass that did not get to persist its status.
    }
  }

  @Override
  public void terminate(String name) {
    try {
      service.terminate(name);
    } catch (ControlException e) {
      // It completed in the meantime.
    }
  }

  @Override
  public void delete(String name) {
    watched.remove(name);
    service.delete(name, false);
  }

  @Override
  public void onChildChanged(Consumer<String> cronName) {
    listeners.add(cronName);
  }

  private void written(String name) {
    Watched known = watched.get(name);
    if (known == null) return;
    var wf = store.get(name);
    WorkflowPhase phase = wf.map(LocalCronTarget::phase).orElse(null);
    if (wf.isEmpty() || (phase != null && phase.completed())) watched.remove(name);
    else watched.put(name, new Watched(known.cron(), phase));
    if (wf.isEmpty() || !Objects.equals(phase, known.phase())) {
      listeners.forEach(listener -> listener.accept(known.cron()));
    }
  }

  private static CronChild child(Workflow wf) {
    var meta = wf.metadata();
    return CronChild.of(
        wf.name(), meta.uid(), meta.creationTimestamp(), meta.annotations(), wf.status());
  }

  private static WorkflowPhase phase(Workflow wf) {
    return wf.status() == null ? null : wf.status().phase();
  }
}
