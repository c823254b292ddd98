package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.engine.StepState;

/**
 * A step whose pod does not run yet is observed pending, as Argo shows its node Pending; once the
 * pod runs the step is running and the workflow is woken to see it.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesRuntimePendingTest {
  private static final AtomicInteger RUNS = new AtomicInteger();

  static KubernetesClient client;

  final ManualTime time = new ManualTime(Instant.now());
  final List<String> heard = new CopyOnWriteArrayList<>();
  String wf;
  String node;
  Kubelet kubelet;
  KubernetesRuntime runtime;

  @BeforeEach
  void startRuntime() {
    wf = "pending" + RUNS.incrementAndGet();
    node = wf + "-a";
    kubelet = new Kubelet(client);
    runtime = RuntimeFixtures.runtime(client, time);
    runtime.onStepChanged(heard::add);
    runtime.start(RuntimeFixtures.step(wf, node, "alpine:3"));
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private StepState observed() {
    return runtime.observe(wf).get(node);
  }

  @Test
  void observesAStartedStepAsPendingBeforeThePodIsSeen() {
    assertThat(observed().pending()).isTrue();
  }

  @Test
  void observesAStepAsPendingWhileItsPodIsPending() {
    kubelet.status(node, Kubelet.phase("Pending").build());

    await()
        .atMost(KubernetesRuntimeTest.TIMEOUT)
        .until(() -> "Pending".equals(PodOutcome.phase(pod())));
    assertThat(observed().pending()).isTrue();
    assertThat(observed().done()).isFalse();
  }

  @Test
  void observesAStepAsRunningOnceItsPodRuns() {
    kubelet.status(node, Kubelet.phase("Pending").build());

    kubelet.running(node);

    await().atMost(KubernetesRuntimeTest.TIMEOUT).until(() -> !observed().pending());
    assertThat(observed().done()).isFalse();
  }

  @Test
  void wakesTheWorkflowWhenAPendingPodStartsRunning() {
    kubelet.status(node, Kubelet.phase("Pending").build());
    await()
        .atMost(KubernetesRuntimeTest.TIMEOUT)
        .until(() -> "Pending".equals(PodOutcome.phase(pod())));

    kubelet.running(node);

    await().atMost(KubernetesRuntimeTest.TIMEOUT).until(() -> heard.contains(wf));
    assertThat(observed().done()).isFalse();
  }

  private Pod pod() {
    return client.pods().withName(node).get();
  }
}
