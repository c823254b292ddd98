package dev.wf.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

/**
 * Watches the benchmark's workflows and notes when each one completes (the watch event that first
 * shows a completed phase), so that the benchmark can wait for all of them and time the last.
 */
final class Completions implements AutoCloseable {
  private final Map<String, WorkflowPhase> phases = new ConcurrentHashMap<>();
  private final AtomicLong last = new AtomicLong();
  private final CountDownLatch all;
  private final SharedIndexInformer<WorkflowResource> informer;

  Completions(KubernetesClient client, int expected) {
    all = new CountDownLatch(expected);
    informer =
        client
            .resources(WorkflowResource.class)
            .inNamespace(BenchCluster.NAMESPACE)
            .inform(new Handler());
  }

  /** Waits until every expected workflow completed; false on timeout. */
  boolean await(long seconds) throws InterruptedException {
    return all.await(seconds, TimeUnit.SECONDS);
  }

  /** When the latest workflow completed (System.nanoTime). */
  long lastCompleted() {
    return last.get();
  }

  /** How many completed with each phase. */
  Map<WorkflowPhase, Long> byPhase() {
    var counts = new TreeMap<WorkflowPhase, Long>();
    phases.values().forEach(p -> counts.merge(p, 1L, Long::sum));
    return counts;
  }

  /** The message of one workflow that did not succeed, if any, for the report. */
  String firstFailure() {
    return informer.getStore().list().stream()
        .map(WorkflowResource::getStatus)
        .filter(s -> s != null && s.phase() != null && s.phase().completed())
        .filter(s -> s.phase() != WorkflowPhase.SUCCEEDED)
        .map(WorkflowStatus::message)
        .findFirst()
        .orElse(null);
  }

  private final class Handler implements ResourceEventHandler<WorkflowResource> {
    @Override
    public void onAdd(WorkflowResource resource) {
      seen(resource);
    }

    @Override
    public void onUpdate(WorkflowResource old, WorkflowResource resource) {
      seen(resource);
    }

    @Override
    public void onDelete(WorkflowResource resource, boolean unknownFinalState) {}
  }

  private void seen(WorkflowResource resource) {
    WorkflowStatus status = resource.getStatus();
    if (status == null || status.phase() == null || !status.phase().completed()) return;
    if (phases.putIfAbsent(resource.getMetadata().getName(), status.phase()) == null) {
      last.set(System.nanoTime());
      all.countDown();
    }
  }

  @Override
  public void close() {
    informer.close();
  }
}
