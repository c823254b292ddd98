package dev.wf.runtime.k8s;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;

import dev.wf.api.crd.StepResultResource;
import dev.wf.api.spec.Workflow;
import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;
import dev.wf.executor.pod.PodLayout;
import dev.wf.runtime.StepLogs;
import dev.wf.runtime.StepRuntime;

/**
 * Runs steps as pods in one namespace. A step's state is read from informer caches: its StepResult
 * when the wait container has reported one, else its pod as {@link PodOutcome} maps it, else what
 * this runtime recorded itself (a kill, a pod that could not be built or vanished). Listeners hear
 * of a step's end once, from the informer event or timeout that ended it. Pods are named after
 * their node, so starting a step again is a no-op (409 from the API server).
 */
public final class KubernetesRuntime implements StepRuntime, StepLogs {
  private static final System.Logger LOG = System.getLogger(KubernetesRuntime.class.getName());
  private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CREATE_RETRY = Duration.ofSeconds(2);

  private final KubernetesClient client;
  private final String namespace;
  private final PodFactory factory;
  private final Function<String, String> workflowUids;
  private final Clock clock;
  private final PodTimeouts timeouts;
  private final TaskScheduler scheduler;
  private final ScheduledExecutorService ownTimers;
  private final StepRecords records = new StepRecords();
  private final Map<String, Instant> rechecks = new ConcurrentHashMap<>();
  private final Set<String> forgotten = ConcurrentHashMap.newKeySet();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService events = Executors.newVirtualThreadPerTaskExecutor();
  private final ExecutorService collecting =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("wf-pod-gc").factory());
  private final StepCaches caches;
  private final StepStates states;
  private final PodLogs logs;
  private final PodCollector collector;
  private final RecordedSteps recordedSteps;
  private final ResourceSteps resources;

  /**
   * A runtime with the default timeouts and its own timer thread; it watches the namespace at once
   * and returns when its caches are filled.
   *
   * @param workflowUids a workflow's uid by its name, for the pods' owner references
   */
  public KubernetesRuntime(
      KubernetesClient client,
      String namespace,
      PodFactory factory,
      Function<String, String> workflowUids,
      Clock clock) {
    this(client, namespace, factory, workflowUids, clock, PodTimeouts.DEFAULT, null);
  }

  /** A runtime with these timeouts whose delayed work runs on {@code scheduler}. */
  public KubernetesRuntime(
      KubernetesClient client,
      String namespace,
      PodFactory factory,
      Function<String, String> workflowUids,
      Clock clock,
      PodTimeouts timeouts,
      TaskScheduler scheduler) {
    this.client = client;
    this.namespace = namespace;
    this.factory = factory;
    this.workflowUids = workflowUids;
    this.clock = clock;
    this.timeouts = timeouts;
    this.ownTimers =
        scheduler != null
            ? null
            : Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("wf-pod-timers").factory());
    this.scheduler = scheduler != null ? scheduler : TaskScheduler.of(ownTimers);
    this.logs = new PodLogs(client, namespace);
    this.caches = new StepCaches(client, namespace, new CacheEvents());
    this.states = new StepStates(caches, records, clock, timeouts);
    this.collector = new PodCollector(client, namespace, caches, this.scheduler);
    this.recordedSteps = new RecordedSteps(collector);
    this.resources = new ResourceSteps(client, namespace, clock);
    caches.start(SYNC_TIMEOUT);
  }

  /** The pod garbage collector over this runtime's pods. */
  public PodCollector podCollector() {
    return collector;
  }

  @Override
  public void start(StepSpec spec) {
    String workflow = spec.workflowName();
    String node = spec.nodeId();
    forgotten.remove(workflow);
    if (outcome(workflow, node).isPresent()) return;
    if (spec.resource() != null) {
      resources.start(
          spec, workflowUids.apply(workflow), (s, result) -> end(workflow, node, result));
      return;
    }
    Pod pod;
    try {
      pod = keyed(factory.build(spec, workflowUids.apply(workflow)), spec);
    } catch (PodBuildException e) {
      end(workflow, node, error(clock.instant(), e.getMessage()));
      return;
    }
    records.started(workflow, node, clock.instant());
    try {
      client.pods().inNamespace(namespace).resource(pod).create();
    } catch (KubernetesClientException e) {
      createFailed(workflow, node, e);
      return;
    }
    scheduler.schedule(timeouts.missing(), () -> changed(workflow, node));
  }

  /**
   * A pod the API refused: 409 means it exists (success); a refusal that may pass (throttled, a
   * server or connection error) leaves the step unstarted and wakes its workflow soon to start it
   * again; any other refusal ends the step with an error.
   */
  private void createFailed(String workflow, String node, KubernetesClientException e) {
    int code = e.getCode();
    if (code == 409) return;
    if (code == 0 || code == 429 || code >= 500) {
      LOG.log(Level.WARNING, "cannot create pod " + node + ", will try again: " + e.getMessage());
      records.forget(workflow, node);
      scheduler.schedule(CREATE_RETRY, () -> notifyListeners(workflow));
      return;
    }
    String reason = e.getStatus() != null ? e.getStatus().getMessage() : e.getMessage();
    end(workflow, node, error(clock.instant(), "cannot create pod " + node + ": " + reason));
  }

  /** The pod with the workflow label and node annotation, which the caches rely on. */
  private static Pod keyed(Pod pod, StepSpec spec) {
    return new PodBuilder(pod)
        .editMetadata()
        .withName(spec.nodeId())
        .addToLabels(PodLabels.WORKFLOW, spec.workflowName())
        .addToAnnotations(PodLabels.NODE_ID, spec.nodeId())
        .endMetadata()
        .build();
  }

  @Override
  public void kill(String workflowName, String nodeId, String message) {
    if (resources.kill(workflowName, nodeId, message)) return;
    Optional<PodOutcome> now = outcome(workflowName, nodeId);
    if (now.isPresent() && now.get().done()) return;
    if (now.isPresent()) {
      Instant at = clock.instant();
      Integer exitCode =
          caches.pod(nodeId).flatMap(p -> PodContainers.exitCode(p, PodLayout.MAIN)).orElse(null);
      Instant startedAt = now.get().state().startedAt();
      var killed = new StepResult(Phase.FAILED, exitCode, null, Map.of(), message, startedAt, at);
      end(workflowName, nodeId, killed);
    }
    PodRemoval.kill(client, namespace, nodeId, message);
  }

  @Override
  public Map<String, StepState> observe(String workflowName) {
    Map<String, StepState> observed = states.observe(workflowName);
    Map<String, StepState> resourceSteps = resources.running(workflowName);
    if (resourceSteps.isEmpty()) return observed;
    var all = new HashMap<>(resourceSteps);
    all.putAll(observed);
    return all;
  }

  private Optional<PodOutcome> outcome(String workflow, String node) {
    return states.outcome(workflow, node);
  }

  private static StepResult error(Instant at, String message) {
    return StepResult.error(message, at, at);
  }

  /** Records an end this runtime decided and announces it. */
  private void end(String workflow, String node, StepResult result) {
    records.end(workflow, node, result);
    changed(workflow, node);
  }

  /** Re-reads a step after an event: announces its end once, or waits for its next timeout. */
  private void changed(String workflow, String node) {
    Optional<PodOutcome> outcome = outcome(workflow, node);
    if (outcome.isEmpty()) return;
    PodOutcome o = outcome.get();
    if (o.done()) {
      if (o.stopPod() && records.end(workflow, node, o.state().result())) {
        events.execute(() -> PodRemoval.delete(client, namespace, node));
      }
      if (records.announce(workflow, node)) events.execute(() -> notifyListeners(workflow));
    } else if (o.recheckAt() != null) {
      recheck(workflow, node, o.recheckAt());
    }
  }

  private void recheck(String workflow, String node, Instant at) {
    if (at.equals(rechecks.put(workflow + "/" + node, at))) return;
    Duration delay = Duration.between(clock.instant(), at);
    scheduler.schedule(
        delay,
        () -> {
          rechecks.remove(workflow + "/" + node, at);
          changed(workflow, node);
        });
  }

  private void notifyListeners(String workflowName) {
    for (Consumer<String> listener : listeners) {
      try {
        listener.accept(workflowName);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "step listener failed for workflow " + workflowName, e);
      }
    }
  }

  @Override
  public void onStepChanged(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** Labels the pods of recorded steps and deletes those the workflow's {@code podGC} names. */
  @Override
  public void recorded(Workflow workflow) {
    // Off the controller's pass: labelling thousands of pods must not hold up the next steps.
    try {
      collecting.execute(() -> recordedSteps.recorded(workflow));
    } catch (RejectedExecutionException e) {
      // Closing: the next controller labels and collects these pods.
    }
  }

  /** Deletes the workflow's pods and StepResults and forgets its steps. */
  @Override
  public void forget(String workflowName) {
    recordedSteps.forget(workflowName);
    caches.hide(caches.pods(workflowName));
    caches.hide(caches.results(workflowName));
    forgotten.add(workflowName);
    resources.forget(workflowName);
    PodRemoval.deleteWorkflow(client, namespace, workflowName);
    records.forget(workflowName);
  }

  /** Deletes the step's pod (at once) and StepResult, so that its node can run again. */
  @Override
  public void forget(String workflowName, String nodeId) {
    resources.forget(workflowName, nodeId);
    caches.hide(nodeId);
    PodRemoval.deleteStep(client, namespace, nodeId);
    records.forget(workflowName, nodeId);
  }

  @Override
  public List<String> lines(String workflowName, String nodeId, int from) {
    return logs.lines(nodeId, from);
  }

  /** The step's main log as it is written, until the container ends; the caller closes it. */
  public LogWatch follow(String workflowName, String nodeId) {
    return logs.follow(nodeId);
  }

  /** Stops the informers and timers; pods keep running and a later runtime picks them up. */
  @Override
  public void close() {
    resources.close();
    caches.close();
    if (ownTimers != null) ownTimers.shutdownNow();
    events.shutdown();
    collecting.shutdown();
  }

  /** Turns informer events into step changes. */
  private final class CacheEvents implements StepCaches.Events {
    @Override
    public void podChanged(Pod pod) {
      String workflow = StepCaches.workflowOf(pod);
      if (workflow == null) return;
      records.seen(workflow, StepCaches.nodeOf(pod));
      changed(workflow, StepCaches.nodeOf(pod));
    }

    /** A pod that starts running wakes its workflow, so its node leaves Pending. */
    @Override
    public void podStarted(Pod pod) {
      String workflow = StepCaches.workflowOf(pod);
      if (workflow == null) return;
      var outcome = outcome(workflow, StepCaches.nodeOf(pod));
      if (outcome.isPresent() && !outcome.get().done())
        events.execute(() -> notifyListeners(workflow));
    }

    /**
     * A pod gone without a result: its last state stands if it had ended, else the step errors with
     * "pod deleted". Pods this runtime deleted to forget them (also those of a forgotten workflow
     * it had not seen yet), and stale events about a pod since replaced, change nothing.
     */
    @Override
    public void podDeleted(Pod pod) {
      String workflow = StepCaches.workflowOf(pod);
      String node = StepCaches.nodeOf(pod);
      if (caches.unhide(pod) || workflow == null || forgotten.contains(workflow)) return;
      if (caches.pod(node).isPresent()) return;
      if (caches.result(node).isEmpty()) records.end(workflow, node, states.afterDeletion(pod));
      changed(workflow, node);
    }

    @Override
    public void resultChanged(StepResultResource result) {
      String workflow = StepCaches.workflowOf(result);
      if (workflow != null && result.getStatus() != null) {
        changed(workflow, StepCaches.nodeOf(result));
      }
    }
  }
}
