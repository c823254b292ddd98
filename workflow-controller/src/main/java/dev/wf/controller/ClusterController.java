package dev.wf.controller;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.config.WfConfig;
import dev.wf.engine.RunningLimit;

/**
 * The controller of a cluster (or of some of its namespaces): Workflow and CronWorkflow informers
 * (one of each per watched namespace, or one over all namespaces) and a {@link NamespaceController}
 * per namespace. In all-namespaces mode a namespace gets its controller when its first workflow or
 * cron workflow appears. On start every controller resumes the workflows that have not completed,
 * which is how a new leader picks up where the last one stopped.
 */
public final class ClusterController implements AutoCloseable {
  private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(2);

  private final KubernetesClient client;
  private final List<String> namespaces;
  private final NamespaceRuntimes runtimes;
  private final WfConfig config;
  private final Clock clock;
  private final RunningLimit limit;
  private final Map<String, SharedIndexInformer<WorkflowResource>> informers =
      new LinkedHashMap<>();
  private final Map<String, SharedIndexInformer<CronWorkflowResource>> cronInformers =
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
    this.limit = new RunningLimit(config.parallelism());
    this.clock = clock;
  }

  /**
   * Starts the informers, waits until their caches hold the cluster's workflows, resumes the
   * workflows of every namespace, then follows the informers' events.
   */
  public void start() throws InterruptedException {
    for (String namespace : namespaces.isEmpty() ? singleton() : namespaces) {
      informers.put(namespace, informer(WorkflowResource.class, namespace));
      cronInformers.put(namespace, informer(CronWorkflowResource.class, namespace));
    }
    for (var informer : informers.values()) awaitSync(informer);
    for (var informer : cronInformers.values()) awaitSync(informer);
    List<String> initial = new ArrayList<>(namespaces);
    if (namespaces.isEmpty()) {
      Stream.concat(
              informers.get(null).getIndexer().list().stream(),
              cronInformers.get(null).getIndexer().list().stream())
          .map(r -> r.getMetadata().getNamespace())
          .distinct()
          .forEach(initial::add);
    }
    initial.forEach(this::controllerOf);
    started = true;
    var events = new WorkflowEvents(this::controllerOf);
    informers.values().forEach(informer -> informer.addEventHandler(events));
    var cronEvents = new CronEvents(this::controllerOf);
    cronInformers.values().forEach(informer -> informer.addEventHandler(cronEvents));
  }

  /** The one informer key of all-namespaces mode. */
  private static List<String> singleton() {
    return Collections.singletonList(null);
  }

  private <T extends CustomResource<?, ?>> SharedIndexInformer<T> informer(
      Class<T> type, String namespace) {
    var resources = client.resources(type);
    return namespace == null
        ? resources.inAnyNamespace().runnableInformer(0)
        : resources.inNamespace(namespace).runnableInformer(0);
  }

  /** Whether the informers are synced and every namespace's workflows resumed. */
  public boolean ready() {
    return started
        && informers.values().stream().allMatch(SharedIndexInformer::hasSynced)
        && cronInformers.values().stream().allMatch(SharedIndexInformer::hasSynced);
  }

  /** The controller of {@code namespace}, if it is served (started on first use). */
  public synchronized Optional<NamespaceController> controllerOf(String namespace) {
    if (closed || namespace == null) return Optional.empty();
    NamespaceController existing = controllers.get(namespace);
    if (existing != null) return Optional.of(existing);
    if (!namespaces.isEmpty() && !namespaces.contains(namespace)) return Optional.empty();
    var created =
        new NamespaceController(
            client,
            namespace,
            cacheOf(informers, namespace),
            cacheOf(cronInformers, namespace),
            runtimes,
            config,
            limit,
            clock);
    controllers.put(namespace, created);
    created.start();
    return Optional.of(created);
  }

  private static <T> Indexer<T> cacheOf(
      Map<String, SharedIndexInformer<T>> informers, String namespace) {
    var informer =
        informers.containsKey(namespace) ? informers.get(namespace) : informers.get(null);
    return informer.getIndexer();
  }

  private static void awaitSync(SharedIndexInformer<?> informer) throws InterruptedException {
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
    cronInformers.values().forEach(SharedIndexInformer::close);
    toClose.forEach(NamespaceController::close);
  }
}
