package dev.wf.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.config.WfConfig;
import dev.wf.store.k8s.KubernetesStore;
import dev.wf.store.k8s.MockCluster;

@EnableKubernetesMockClient(crud = true)
class ClusterControllerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(20);

  KubernetesClient client;
  private ClusterController controller;

  @BeforeEach
  void crds() {
    MockCluster.installCrds(client);
  }

  @AfterEach
  void stop() {
    if (controller != null) controller.close();
  }

  @Test
  void reconcilesANewWorkflowToSucceededAndWritesItsStatus() throws Exception {
    controller = started(List.of("team-a"), new ClusterSteps(true));

    create("team-a", "hello");

    await().atMost(WAIT).until(() -> phase("team-a", "hello") == WorkflowPhase.SUCCEEDED);
    WorkflowStatus status = status("team-a", "hello");
    assertThat(status.nodes().values())
        .filteredOn(n -> n.type() == dev.wf.api.spec.NodeType.POD)
        .extracting(NodeStatus::phase)
        .containsExactly(NodePhase.SUCCEEDED, NodePhase.SUCCEEDED);
  }

  @Test
  void aNewControllerResumesARunningWorkflowWithoutRestartingFinishedSteps() throws Exception {
    var steps = new ClusterSteps(false);
    controller = started(List.of("team-a"), steps);
    create("team-a", "hello");
    await().atMost(WAIT).until(() -> steps.starts("team-a", "hello") == 1);
    steps.finishRunning();
    await().atMost(WAIT).until(() -> steps.starts("team-a", "hello") == 2);
    await().atMost(WAIT).until(() -> runningPodNodes("team-a", "hello") == 1);
    controller.close();

    controller = started(List.of("team-a"), steps);
    steps.finishRunning();

    await().atMost(WAIT).until(() -> phase("team-a", "hello") == WorkflowPhase.SUCCEEDED);
    assertThat(steps.starts("team-a", "hello")).isEqualTo(2);
  }

  @Test
  void runsWorkflowsOfTheSameNameInTwoNamespacesApart() throws Exception {
    var steps = new ClusterSteps(true);
    controller = started(List.of(), steps);

    create("team-a", "hello");
    create("team-b", "hello");

    await().atMost(WAIT).until(() -> phase("team-a", "hello") == WorkflowPhase.SUCCEEDED);
    await().atMost(WAIT).until(() -> phase("team-b", "hello") == WorkflowPhase.SUCCEEDED);
    assertThat(steps.starts("team-a", "hello")).isEqualTo(2);
    assertThat(steps.starts("team-b", "hello")).isEqualTo(2);
  }

  @Test
  void ignoresNamespacesItDoesNotServe() throws Exception {
    controller = started(List.of("team-a"), new ClusterSteps(true));

    create("team-b", "other");
    create("team-a", "hello");

    await().atMost(WAIT).until(() -> phase("team-a", "hello") == WorkflowPhase.SUCCEEDED);
    assertThat(status("team-b", "other")).isNull();
    assertThat(controller.controllerOf("team-b")).isEmpty();
  }

  @Test
  void forgetsTheStepsOfADeletedWorkflow() throws Exception {
    var steps = new ClusterSteps(false);
    controller = started(List.of("team-a"), steps);
    create("team-a", "hello");
    await().atMost(WAIT).until(() -> steps.starts("team-a", "hello") == 1);

    client.resources(WorkflowResource.class).inNamespace("team-a").withName("hello").delete();

    var runtime = steps.runtimeFor("team-a", name -> null);
    await().atMost(WAIT).until(() -> runtime.observe("hello").isEmpty());
  }

  private ClusterController started(List<String> namespaces, ClusterSteps steps)
      throws InterruptedException {
    var started =
        new ClusterController(client, namespaces, steps, new WfConfig(null), Clock.systemUTC());
    started.start();
    return started;
  }

  private void create(String namespace, String name) {
    new KubernetesStore(client, namespace).create(MockCluster.workflow("two-steps", name, T0));
  }

  private WorkflowStatus status(String namespace, String name) {
    var resource =
        client.resources(WorkflowResource.class).inNamespace(namespace).withName(name).get();
    return resource == null ? null : resource.getStatus();
  }

  private WorkflowPhase phase(String namespace, String name) {
    WorkflowStatus status = status(namespace, name);
    return status == null ? null : status.phase();
  }

  private long runningPodNodes(String namespace, String name) {
    WorkflowStatus status = status(namespace, name);
    if (status == null) return 0;
    return status.nodes().values().stream()
        .filter(n -> n.type() == dev.wf.api.spec.NodeType.POD)
        .filter(n -> n.phase() == NodePhase.RUNNING || n.phase() == NodePhase.PENDING)
        .count();
  }
}
