package dev.wf.controller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.CustomResources;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.RemoteRunner;
import dev.wf.engine.ShutdownStrategy;
import dev.wf.engine.control.ControlException;
import dev.wf.engine.control.RunControl;
import dev.wf.engine.cron.CronChild;
import dev.wf.engine.cron.CronTarget;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.CronStore;
import dev.wf.store.k8s.KubernetesStore;

/**
 * The Workflow resources of one namespace as the cron scheduler sees them: children read from the
 * Workflow informer's cache by their cron label; a run is created without a status and owned by its
 * CronWorkflow (the namespace's controller admits it as a {@code kubectl create}d workflow, and
 * deleting the cron workflow deletes its runs); terminate sets {@code spec.shutdown} as {@code wf
 * --kube terminate} does. Its writes go through a store of its own, so the namespace's controller
 * sees them as anyone else's. Watch events reach it through {@link #seen} and {@link #gone}.
 */
final class ClusterCronTarget implements CronTarget {
  private final String namespace;
  private final Indexer<WorkflowResource> cache;
  private final KubernetesStore store;
  private final CronStore crons;
  private final RemoteRunner runner;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, String> phases = new ConcurrentHashMap<>();

  ClusterCronTarget(
      KubernetesClient client,
      String namespace,
      Indexer<WorkflowResource> cache,
      CronStore crons,
      Clock clock) {
    this.namespace = namespace;
    this.cache = cache;
    this.store = new KubernetesStore(client, namespace, cache);
    this.crons = crons;
    this.runner = new RemoteRunner(store, (workflow, node) -> {}, clock);
  }

  @Override
  public List<CronChild> children(String cronName) {
    return cache.byIndex(Cache.NAMESPACE_INDEX, namespace).stream()
        .filter(r -> cronName.equals(cronOf(r)))
        .map(ClusterCronTarget::child)
        .toList();
  }

  @Override
  public void submit(Workflow workflow) {
    String cronName = workflow.metadata().labels().get(CronWorkflows.CRON_LABEL);
    try {
      var owner = cronName == null ? null : crons.get(cronName).map(this::ownerOf).orElse(null);
      if (owner == null) store.create(workflow.withStatus(null));
      else store.createOwned(workflow, owner);
    } catch (AlreadyExistsException e) {
      // Started by an earlier pass that did not get to persist its status.
    }
  }

  @Override
  public void terminate(String name) {
    try {
      runner.update(name, wf -> RunControl.shutdown(wf, ShutdownStrategy.TERMINATE));
    } catch (ControlException e) {
      // It completed in the meantime.
    }
  }

  @Override
  public void delete(String name) {
    phases.remove(name);
    store.delete(name);
  }

  @Override
  public void onChildChanged(Consumer<String> cronName) {
    listeners.add(cronName);
  }

  /**
   * A watch saw this version of a workflow: its cron workflow is told when the workflow is new to
   * this target or its phase changed.
   */
  void seen(WorkflowResource resource) {
    String cron = cronOf(resource);
    if (cron == null) return;
    WorkflowPhase phase = phaseOf(resource);
    String label = phase == null ? "" : phase.name();
    String before = phases.put(resource.getMetadata().getName(), label);
    if (!label.equals(before)) listeners.forEach(listener -> listener.accept(cron));
  }

  /** A watch saw a workflow deleted. */
  void gone(WorkflowResource resource) {
    phases.remove(resource.getMetadata().getName());
    String cron = cronOf(resource);
    if (cron != null) listeners.forEach(listener -> listener.accept(cron));
  }

  private OwnerReference ownerOf(CronWorkflow cron) {
    return new OwnerReferenceBuilder()
        .withApiVersion(CustomResources.API_VERSION)
        .withKind(CronWorkflow.KIND)
        .withName(cron.name())
        .withUid(cron.metadata().uid())
        .withBlockOwnerDeletion(true)
        .withController(true)
        .build();
  }

  private static String cronOf(WorkflowResource resource) {
    Map<String, String> labels = resource.getMetadata().getLabels();
    return labels == null ? null : labels.get(CronWorkflows.CRON_LABEL);
  }

  private static WorkflowPhase phaseOf(WorkflowResource resource) {
    return resource.getStatus() == null ? null : resource.getStatus().phase();
  }

  private static CronChild child(WorkflowResource resource) {
    var meta = resource.getMetadata();
    Instant created =
        meta.getCreationTimestamp() == null ? null : Instant.parse(meta.getCreationTimestamp());
    return CronChild.of(
        meta.getName(), meta.getUid(), created, meta.getAnnotations(), resource.getStatus());
  }
}
