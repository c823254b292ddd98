package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.executor.StepSpec;

@EnableKubernetesMockClient(crud = true)
class PodCollectorTest {
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final Duration DELAY = Duration.ofSeconds(30);

  static KubernetesClient client;

  final ManualTime time = new ManualTime(Instant.now());
  String wf;
  String node;
  KubernetesRuntime runtime;
  PodCollector collector;

  @BeforeEach
  void startRuntime() {
    wf = "gc" + RUNS.incrementAndGet();
    node = wf + "-a";
    runtime = RuntimeFixtures.runtime(client, time);
    collector = runtime.podCollector();
    runtime.start(RuntimeFixtures.step(wf, node, "alpine:3"));
    new Kubelet(client).running(node);
    await()
        .atMost(KubernetesRuntimeTest.TIMEOUT)
        .until(
            () -> runtime.observe(wf).get(node).startedAt(),
            at -> at.equals(Instant.parse(Kubelet.STARTED)));
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  static PodGc gc(PodGc.Strategy strategy) {
    return new PodGc(strategy, PodSelector.EVERYTHING, DELAY);
  }

  Pod pod() {
    return client.pods().withName(node).get();
  }

  @Test
  void labelsAPodCompletedWhenItsResultIsRead() {
    collector.stepRead(wf, node, true, PodGc.NONE);

    assertThat(pod().getMetadata().getLabels()).containsEntry(PodLabels.COMPLETED, "true");
  }

  @Test
  void deletesAPodOnlyAfterTheDelayOnPodCompletion() {
    collector.stepRead(wf, node, false, gc(PodGc.Strategy.ON_POD_COMPLETION));
    time.advance(DELAY.minusSeconds(1));
    assertThat(pod()).isNotNull();

    time.advance(Duration.ofSeconds(1));

    assertThat(pod()).isNull();
  }

  @Test
  void deletesASucceededPodOnPodSuccess() {
    collector.stepRead(wf, node, true, gc(PodGc.Strategy.ON_POD_SUCCESS));

    time.advance(DELAY);

    assertThat(pod()).isNull();
  }

  @Test
  void keepsAFailedPodOnPodSuccess() {
    collector.stepRead(wf, node, false, gc(PodGc.Strategy.ON_POD_SUCCESS));

    time.advance(DELAY);

    assertThat(pod()).isNotNull();
  }

  @Test
  void keepsPodsUntilTheWorkflowCompletesOnWorkflowCompletion() {
    collector.stepRead(wf, node, true, gc(PodGc.Strategy.ON_WORKFLOW_COMPLETION));
    time.advance(DELAY);
    assertThat(pod()).isNotNull();

    collector.workflowCompleted(wf, false, gc(PodGc.Strategy.ON_WORKFLOW_COMPLETION));
    time.advance(DELAY);

    assertThat(pod()).isNull();
  }

  @Test
  void doesNotLabelAgainThePodsOfStepsAlreadyRead() {
    collector.workflowCompleted(wf, true, PodGc.NONE, Set.of(node));

    assertThat(pod().getMetadata().getLabels()).doesNotContainKey(PodLabels.COMPLETED);
  }

  @Test
  void stillDeletesThePodsOfStepsAlreadyReadWhenTheWorkflowCompletes() {
    collector.workflowCompleted(wf, false, gc(PodGc.Strategy.ON_WORKFLOW_COMPLETION), Set.of(node));

    time.advance(DELAY);

    assertThat(pod()).isNull();
  }

  @Test
  void deletesPodsOfASucceededWorkflowOnWorkflowSuccess() {
    collector.workflowCompleted(wf, true, gc(PodGc.Strategy.ON_WORKFLOW_SUCCESS));

    time.advance(DELAY);

    assertThat(pod()).isNull();
  }

  @Test
  void keepsPodsOfAFailedWorkflowOnWorkflowSuccess() {
    collector.workflowCompleted(wf, false, gc(PodGc.Strategy.ON_WORKFLOW_SUCCESS));

    time.advance(DELAY);

    assertThat(pod()).isNotNull();
    assertThat(pod().getMetadata().getLabels()).containsEntry(PodLabels.COMPLETED, "true");
  }

  @Test
  void keepsPodsTheLabelSelectorDoesNotSelect() {
    var selector = new PodSelector(Map.of("keep", "no"), List.of());

    collector.stepRead(
        wf, node, true, new PodGc(PodGc.Strategy.ON_POD_COMPLETION, selector, DELAY));
    time.advance(DELAY);

    assertThat(pod()).isNotNull();
  }

  @Test
  void leavesAPodRunAgainUnderTheSameNameAlone() {
    collector.stepRead(wf, node, true, gc(PodGc.Strategy.ON_POD_COMPLETION));
    runtime.forget(wf, node);
    runtime.start(
        new StepSpec(
            wf,
            node,
            "main",
            "busybox:1",
            List.of("true"),
            List.of(),
            Map.of(),
            null,
            null,
            List.of(),
            List.of(),
            false));
    await().atMost(KubernetesRuntimeTest.TIMEOUT).until(() -> pod() != null);

    time.advance(DELAY);

    assertThat(pod().getSpec().getContainers().getFirst().getImage()).isEqualTo("busybox:1");
  }
}
