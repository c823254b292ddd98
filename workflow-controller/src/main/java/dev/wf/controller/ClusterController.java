package dev.wf.controller;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.config.WfConfig;

/**
 * The controller of a cluster (or of some of its namespaces): Workflow informers (one per watched
 * namespace, or one over all namespaces) and a {@link NamespaceController} per namespace. In
 * all-namespaces mode a namespace gets its controller when its first workflow appears. On start
 * every controller resumes the workflows that have not completed, which is how a new leader picks
 * up where the last one stopped.
 */
public final class ClusterController implements AutoCloseable {
  private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(2);

  private final KubernetesClient client;
  private final List<String> namespaces;
  private final NamespaceRuntimes runtimes;
  private final WfConfig config;
  private final Clock clock;
  private final Map<String, SharedIndexInformer<WorkflowResource>> informers =
      new LinkedHashMap<>();
  private final Map<String, NamespaceController> controllers = new LinkedHashMap<>();
  private volatile boolean started;
  private boolean closed;

  /**
   * @param namespaces the namespaces to serve; empty means every namespace
   */
  public ClusterController(
      KubernetesClient client,
      List<String> namespaces,
      NamespaceRuntimes runtimes,
      WfConfig config,
      Clock clock) {
    this.client = client;
    this.namespaces = List.copyOf(namespaces);
    this.runtimes = runtimes;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Starts the informers, waits until their caches hold the cluster's workflows, resumes the
   * workflows of every namespace, then follows the informers' events.
   */
  public void start() throws InterruptedException {
    if (namespaces.isEmpty()) {
      informers.put(
          null, client.resources(WorkflowResource.class).inAnyNamespace().runnableInformer(0));
    }
    for (String namespace : namespaces) {
      informers.put(
          namespace,
          client.resources(WorkflowResource.class).inNamespace(namespace).runnableInformer(0));
    }
    for (var informer : informers.values()) awaitSync(informer);
    List<String> initial = new ArrayList<>(namespaces);
    if (namespaces.isEmpty()) {
      informers.get(null).getIndexer().list().stream()
          .map(r -> r.getMetadata().getNamespace())
          .distinct()
          .forEach(initial::add);
    }
    initial.forEach(this::controllerOf);
    started = true;
    var events = new WorkflowEvents(this::controllerOf);
    informers.values().forEach(informer -> informer.addEventHandler(events));
  }

  /** Whether the informers are synced and every namespace's workflows resumed. */
  public boolean ready() {
    return started && informers.values().stream().allMatch(SharedIndexInformer::hasSynced);
  }

  /** The controller of {@code namespace}, if it is served (started on first use). */
  public synchronized Optional<NamespaceController> controllerOf(String namespace) {
    if (closed || namespace == null) return Optional.empty();
    NamespaceController existing = controllers.get(namespace);
    if (existing != null) return Optional.of(existing);
    if (!namespaces.isEmpty() && !namespaces.contains(namespace)) return Optional.empty();
    var created =
        new NamespaceController(client, namespace, cacheOf(namespace), runtimes, config, clock);
    controllers.put(namespace, created);
    created.start();
    return Optional.of(created);
  }

  private Indexer<WorkflowResource> cacheOf(String namespace) {
    var informer =
        informers.containsKey(namespace) ? informers.get(namespace) : informers.get(null);
    return informer.getIndexer();
  }

  private static void awaitSync(SharedIndexInformer<WorkflowResource> informer)
      throws InterruptedException {
    try {
      informer.start().toCompletableFuture().get(SYNC_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot watch workflows: " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("workflows not listed within " + SYNC_TIMEOUT, e);
    }
  }

  /** Stops following events and closes every namespace's controller and runtime. */
  @Override
  public void close() {
    List<NamespaceController> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(controllers.values());
      controllers.clear();
    }
    informers.values().forEach(SharedIndexInformer::close);
    toClose.forEach(NamespaceController::close);
  }
}
