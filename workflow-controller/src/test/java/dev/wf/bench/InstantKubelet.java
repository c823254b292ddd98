package dev.wf.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;
import dev.wf.executor.pod.KubernetesResultReporter;
import dev.wf.executor.pod.PodLayout;
import dev.wf.executor.pod.StepJson;
import dev.wf.runtime.k8s.PodLabels;

/**
 * A kubelet that finishes every step pod at once, running nothing: for each new pod it writes the
 * step's StepResult (Succeeded, exit code 0) as the executor's wait container would, then marks the
 * pod Succeeded with its containers terminated. It also notes when it saw the first and the last
 * pod, which is how the benchmark measures the controller's pod creation rate.
 */
final class InstantKubelet implements AutoCloseable {
  private final KubernetesClient client;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  // Bounds the kubelet's own requests in flight, as a node's kubelet has a few workers.
  private final Semaphore inFlight = new Semaphore(16);
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger pods = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicLong firstSeen = new AtomicLong();
  private final AtomicLong lastSeen = new AtomicLong();
  private SharedIndexInformer<Pod> informer;

  InstantKubelet(KubernetesClient client) {
    this.client = client;
  }

  InstantKubelet start() {
    informer =
        client
            .pods()
            .inNamespace(BenchCluster.NAMESPACE)
            .withLabel(PodLabels.WORKFLOW)
            .inform(new Handler());
    return this;
  }

  /** How many pods it has seen. */
  int pods() {
    return pods.get();
  }

  /** Pods it could not finish. */
  int failures() {
    return failures.get();
  }

  /** When it saw its first pod (System.nanoTime), 0 before. */
  long firstSeen() {
    return firstSeen.get();
  }

  /** When it saw its latest pod (System.nanoTime), 0 before. */
  long lastSeen() {
    return lastSeen.get();
  }

  private final class Handler implements ResourceEventHandler<Pod> {
    @Override
    public void onAdd(Pod pod) {
      if (!seen.add(pod.getMetadata().getUid())) return;
      long now = System.nanoTime();
      firstSeen.compareAndSet(0, now);
      lastSeen.set(now);
      pods.incrementAndGet();
      workers.execute(() -> finish(pod));
    }

    @Override
    public void onUpdate(Pod old, Pod pod) {}

    @Override
    public void onDelete(Pod pod, boolean unknownFinalState) {}
  }

  private void finish(Pod pod) {
    try {
      inFlight.acquire();
      try {
        report(pod);
        succeed(pod);
      } finally {
        inFlight.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (failures.getAndIncrement() == 0) System.err.println("kubelet: " + e);
    }
  }

  /** Writes the StepResult as the wait container would, with the spec it was given. */
  private void report(Pod pod) {
    Container wait =
        pod.getSpec().getContainers().stream()
            .filter(c -> c.getName().equals(PodLayout.WAIT))
            .findFirst()
            .orElseThrow();
    StepSpec spec = StepJson.spec(env(wait, PodLayout.ENV_SPEC));
    Instant now = Instant.now();
    var result =
        new StepResult(Phase.SUCCEEDED, 0, null, Map.of(), null, now, now, List.of(), null);
    new KubernetesResultReporter(
            client, BenchCluster.NAMESPACE, env(wait, PodLayout.ENV_WORKFLOW_UID))
        .report(spec, result);
  }

  private void succeed(Pod pod) {
    String now = Instant.now().toString();
    pod.setStatus(
        new PodStatusBuilder()
            .withPhase("Succeeded")
            .withStartTime(now)
            .withInitContainerStatuses(terminated(PodLayout.INIT, now))
            .withContainerStatuses(terminated(PodLayout.WAIT, now), terminated(PodLayout.MAIN, now))
            .build());
    var pods = client.pods().inNamespace(BenchCluster.NAMESPACE);
    try {
      pods.resource(pod).updateStatus();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) throw e;
      var status = pod.getStatus();
      pods.withName(pod.getMetadata().getName())
          .editStatus(
              current -> {
                current.setStatus(status);
                return current;
              });
    }
  }

  private static ContainerStatus terminated(String name, String at) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withNewState()
        .withNewTerminated()
        .withExitCode(0)
        .withReason("Completed")
        .withStartedAt(at)
        .withFinishedAt(at)
        .endTerminated()
        .endState()
        .withReady(false)
        .withRestartCount(0)
        .build();
  }

  private static String env(Container container, String name) {
    return container.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .map(EnvVar::getValue)
        .findFirst()
        .orElse(null);
  }

  @Override
  public void close() {
    if (informer != null) informer.close();
    workers.shutdownNow();
  }
}
