package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.crd.StepResultResource;
import dev.wf.engine.StepState;
import dev.wf.executor.ResourceSpec;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.StepSpec;

@EnableKubernetesMockClient(crud = true)
class KubernetesRuntimeTest {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final PodTimeouts TIMEOUTS =
      new PodTimeouts(Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofSeconds(10));
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
    wf = "wf" + RUNS.incrementAndGet();
    node = wf + "-a";
    kubelet = new Kubelet(client);
    runtime = newRuntime();
    runtime.onStepChanged(heard::add);
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  KubernetesRuntime newRuntime() {
    return RuntimeFixtures.runtime(client, time);
  }

  StepSpec spec(String image) {
    return RuntimeFixtures.step(wf, node, image);
  }

  StepState awaitEnded() {
    return await()
        .atMost(TIMEOUT)
        .until(() -> runtime.observe(wf).get(node), s -> s != null && s.done());
  }

  Pod pod() {
    return client.pods().withName(node).get();
  }

  @Test
  void createsAPodNamedAfterTheNodeAndOwnedByTheWorkflow() {
    runtime.start(spec("alpine:3"));

    assertThat(pod().getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(o -> assertThat(o.getUid()).isEqualTo("uid-" + wf));
    assertThat(pod().getMetadata().getLabels()).containsEntry(PodLabels.WORKFLOW, wf);
  }

  @Test
  void runsAResourceStepWithoutAPodUntilItsConditionHolds() {
    var resource =
        new ResourceSpec(
            "create",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "
                + node
                + "-cm}\ndata: {phase: new}\n",
            null,
            "data.phase == done",
            null,
            null,
            false,
            null,
            List.of(new ResourceSpec.ResourceOutput("phase", "{.data.phase}", null, null)));
    runtime.start(resourceSpec(resource));

    await().atMost(TIMEOUT).until(() -> runtime.observe(wf).containsKey(node));
    assertThat(runtime.observe(wf).get(node).done()).isFalse();
    assertThat(pod()).isNull();
    client
        .configMaps()
        .withName(node + "-cm")
        .edit(
            cm ->
                new io.fabric8.kubernetes.api.model.ConfigMapBuilder(cm)
                    .addToData("phase", "done")
                    .build());

    StepState ended = awaitEnded();
    assertThat(ended.result().phase()).isEqualTo(StepResult.Phase.SUCCEEDED);
    assertThat(ended.result().outputParameters()).containsEntry("phase", "done");
    assertThat(heard).contains(wf);
  }

  StepSpec resourceSpec(ResourceSpec resource) {
    StepSpec plain = spec("resource");
    return new StepSpec(
        plain.workflowName(),
        plain.nodeId(),
        plain.templateName(),
        null,
        List.of(),
        List.of(),
        Map.of(),
        null,
        null,
        List.of(),
        List.of(),
        false,
        null,
        null,
        null,
        null,
        resource);
  }

  @Test
  void reportsAStartedStepAsRunningBeforeThePodIsSeen() {
    runtime.start(spec("alpine:3"));

    assertThat(runtime.observe(wf).get(node).done()).isFalse();
  }

  @Test
  void leavesAnExistingPodAloneWhenStartedAgain() {
    runtime.start(spec("alpine:3"));
    await().atMost(TIMEOUT).until(() -> runtime.observe(wf).containsKey(node));

    runtime.start(spec("busybox:1"));

    assertThat(pod().getSpec().getContainers().getFirst().getImage()).isEqualTo("alpine:3");
  }

  @Test
  void takesAPodAnotherInstanceCreatedAsStarted() {
    client.pods().resource(new MinimalPods().build(spec("alpine:3"), "uid")).create();
    runtime.close();
    runtime = newRuntime();

    runtime.start(spec("busybox:1"));

    assertThat(runtime.observe(wf).get(node).done()).isFalse();
    assertThat(pod().getSpec().getContainers().getFirst().getImage()).isEqualTo("alpine:3");
  }

  @Test
  void endsWithTheReportedStepResult() {
    runtime.start(spec("alpine:3"));

    kubelet.report(wf, node, Kubelet.succeeded("hello"));

    assertThat(awaitEnded().result().result()).isEqualTo("hello");
  }

  @Test
  void tellsListenersOnceWhenAStepResultArrives() {
    runtime.start(spec("alpine:3"));

    kubelet.report(wf, node, Kubelet.succeeded("hello"));
    kubelet.running(node);

    await().atMost(TIMEOUT).until(() -> heard.contains(wf));
    kubelet.status(node, Kubelet.phase("Succeeded").build());
    await().atMost(TIMEOUT).until(() -> pod().getStatus().getPhase().equals("Succeeded"));
    assertThat(heard).containsExactly(wf);
  }

  @Test
  void errorsWithoutAPodWhenThePodCannotBeBuilt() {
    runtime.start(spec(MinimalPods.UNBUILDABLE));

    StepResult result = runtime.observe(wf).get(node).result();
    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("image \"unbuildable:1\" has no command");
    assertThat(pod()).isNull();
    await().atMost(TIMEOUT).until(() -> heard.contains(wf));
  }

  @Test
  void observesARunningPodAsRunningSinceItStarted() {
    runtime.start(spec("alpine:3"));

    kubelet.running(node);

    await()
        .atMost(TIMEOUT)
        .until(
            () -> runtime.observe(wf).get(node).startedAt().equals(Instant.parse(Kubelet.STARTED)));
    assertThat(runtime.observe(wf).get(node).done()).isFalse();
  }

  @Test
  void failsWithOomKilledWhenMainRanOutOfMemory() {
    runtime.start(spec("alpine:3"));

    kubelet.status(
        node,
        Kubelet.phase("Running")
            .addToContainerStatuses(Kubelet.ended("main", 137, "OOMKilled"))
            .addToContainerStatuses(Kubelet.runningContainer("wait"))
            .build());

    StepResult result = awaitEnded().result();
    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("OOMKilled (exit code 137)");
    assertThat(result.exitCode()).isEqualTo(137);
  }

  @Test
  void saysOomKilledOverTheReportedResult() {
    runtime.start(spec("alpine:3"));
    kubelet.status(
        node,
        Kubelet.phase("Failed")
            .addToContainerStatuses(Kubelet.ended("main", 137, "OOMKilled"))
            .build());

    kubelet.report(wf, node, Kubelet.succeeded("partial"));

    await()
        .atMost(TIMEOUT)
        .until(() -> runtime.observe(wf).get(node).result(), r -> r != null && r.result() != null);
    assertThat(runtime.observe(wf).get(node).result().message())
        .isEqualTo("OOMKilled (exit code 137)");
  }

  @Test
  void errorsAtOnceOnAnInvalidImageNameAndDeletesThePod() {
    runtime.start(spec("Not Valid"));

    kubelet.status(
        node,
        Kubelet.phase("Pending")
            .addToContainerStatuses(
                Kubelet.waiting("main", "InvalidImageName", "couldn't parse image name"))
            .build());

    StepResult result = awaitEnded().result();
    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("InvalidImageName: couldn't parse image name");
    await().atMost(TIMEOUT).until(() -> pod() == null);
    assertThat(runtime.observe(wf).get(node).result().message())
        .isEqualTo("InvalidImageName: couldn't parse image name");
  }

  @Test
  void keepsRunningWhileAnImagePullIsRetried() {
    runtime.start(spec("nope:1"));

    pullBackOff();

    await().atMost(TIMEOUT).until(() -> time.pending() >= 2);
    assertThat(runtime.observe(wf).get(node).done()).isFalse();
  }

  @Test
  void errorsWhenAnImagePullFailsLongerThanItsTimeout() {
    runtime.start(spec("nope:1"));
    pullBackOff();
    await().atMost(TIMEOUT).until(() -> time.pending() >= 2);

    time.advance(Duration.ofMinutes(2));

    await().atMost(TIMEOUT).until(() -> heard.contains(wf));
    assertThat(runtime.observe(wf).get(node).result().message())
        .isEqualTo("ImagePullBackOff: Back-off pulling image \"nope:1\"");
    assertThat(runtime.observe(wf).get(node).result().phase()).isEqualTo(Phase.ERROR);
  }

  private void pullBackOff() {
    kubelet.status(
        node,
        Kubelet.phase("Pending")
            .addToContainerStatuses(
                Kubelet.waiting("main", "ImagePullBackOff", "Back-off pulling image \"nope:1\""))
            .build());
  }

  @Test
  void failsWithThePodsMessageWhenEvicted() {
    runtime.start(spec("alpine:3"));

    kubelet.status(
        node,
        Kubelet.phase("Failed")
            .withReason("Evicted")
            .withMessage("The node was low on resource: memory.")
            .build());

    StepResult result = awaitEnded().result();
    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("The node was low on resource: memory.");
    await().atMost(TIMEOUT).until(() -> heard.contains(wf));
  }

  @Test
  void keepsRunningWhenThePodSucceededAndItsResultIsOnItsWay() {
    runtime.start(spec("alpine:3"));

    kubelet.status(
        node,
        Kubelet.phase("Succeeded")
            .addToContainerStatuses(Kubelet.ended("main", 0, "Completed"))
            .addToContainerStatuses(Kubelet.ended("wait", 0, "Completed"))
            .build());

    await().atMost(TIMEOUT).until(() -> pod().getStatus().getPhase().equals("Succeeded"));
    assertThat(runtime.observe(wf).get(node).done()).isFalse();
  }

  @Test
  void errorsWhenTheWaitContainerFailed() {
    runtime.start(spec("alpine:3"));

    kubelet.status(
        node,
        Kubelet.phase("Failed")
            .addToContainerStatuses(Kubelet.ended("main", 0, "Completed"))
            .addToContainerStatuses(Kubelet.ended("wait", 1, "Error"))
            .build());

    StepResult result = awaitEnded().result();
    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("wait: Error (exit code 1)");
  }

  @Test
  void errorsWithPodDeletedWhenThePodVanishesWithoutAResult() {
    runtime.start(spec("alpine:3"));
    kubelet.running(node);
    await()
        .atMost(TIMEOUT)
        .until(
            () -> runtime.observe(wf).get(node).startedAt().equals(Instant.parse(Kubelet.STARTED)));

    client.pods().withName(node).delete();

    StepResult result = awaitEnded().result();
    assertThat(result.phase()).isEqualTo(Phase.ERROR);
    assertThat(result.message()).isEqualTo("pod deleted");
    await().atMost(TIMEOUT).until(() -> heard.contains(wf));
  }

  @Test
  void killMarksThePodDeletesItAndFailsWithTheMessage() {
    runtime.start(spec("alpine:3"));
    kubelet.running(node);
    await()
        .atMost(TIMEOUT)
        .until(
            () -> runtime.observe(wf).get(node).startedAt().equals(Instant.parse(Kubelet.STARTED)));

    runtime.kill(wf, node, "Step exceeded its deadline");

    StepResult result = runtime.observe(wf).get(node).result();
    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo("Step exceeded its deadline");
    assertThat(pod()).isNull();
    await().atMost(TIMEOUT).until(() -> heard.contains(wf));
  }

  @Test
  void anotherInstanceSeesWhyAPodWasKilled() {
    runtime.start(spec("alpine:3"));
    kubelet.edit(
        node,
        p ->
            new PodBuilder(p)
                .editMetadata()
                .addToAnnotations(PodLabels.KILLED, "Stopped by user")
                .endMetadata()
                .build());

    runtime.close();
    runtime = newRuntime();

    assertThat(runtime.observe(wf).get(node).result().message()).isEqualTo("Stopped by user");
  }

  @Test
  void leavesAnEndedStepAloneWhenKilled() {
    runtime.start(spec("alpine:3"));
    kubelet.report(wf, node, Kubelet.succeeded("done"));
    awaitEnded();

    runtime.kill(wf, node, "too late");

    assertThat(runtime.observe(wf).get(node).result().phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(pod()).isNotNull();
  }

  @Test
  void forgetDeletesTheWorkflowsPodsAndResults() {
    runtime.start(spec("alpine:3"));
    kubelet.report(wf, node, Kubelet.succeeded("done"));
    awaitEnded();

    runtime.forget(wf);

    assertThat(pod()).isNull();
    assertThat(client.resources(StepResultResource.class).withName(node).get()).isNull();
    assertThat(runtime.observe(wf)).isEmpty();
  }

  @Test
  void forgettingOneStepLetsItRunAgainUnderTheSameId() {
    runtime.start(spec("alpine:3"));
    kubelet.report(wf, node, Kubelet.succeeded("first"));
    awaitEnded();

    runtime.forget(wf, node);
    runtime.start(spec("busybox:1"));

    assertThat(runtime.observe(wf).get(node).done()).isFalse();
    assertThat(pod().getSpec().getContainers().getFirst().getImage()).isEqualTo("busybox:1");
    kubelet.report(wf, node, Kubelet.succeeded("second"));
    assertThat(awaitEnded().result().result()).isEqualTo("second");
  }
}
