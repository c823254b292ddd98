package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.runtime.k8s.PodTimeouts;
import dev.wf.runtime.k8s.TestKubelet.Behaviour;

/**
 * Pods that fail as pods do on a cluster (killed for memory, deleted while running, an image that
 * cannot be pulled), through the CLI, the controller, the pod builder, the executor and the test
 * kubelet: the nodes end as Argo ends them, and retry strategies run new attempts.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesPodFailuresIT {
  /** Image pulls fail fast here, so that a test need not wait three minutes. */
  private static final PodTimeouts TIMEOUTS =
      new PodTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10));

  static KubernetesClient client;
  static KubernetesMockServer server;

  @TempDir Path dir;
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    cluster = MockCluster.start(client, server, dir, TIMEOUTS);
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void retriesAStepWhosePodWasKilledForMemory() {
    cluster.firstPod(Behaviour.OOM_KILLED);

    String name = cluster.submit("retry-on-failure.yaml");

    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    NodeStatus retry = only(status, NodeType.RETRY);
    assertThat(retry.phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(retry.children()).hasSize(2);
    NodeStatus first = status.nodes().get(retry.children().get(0));
    assertThat(first.phase()).isEqualTo(NodePhase.FAILED);
    assertThat(first.message()).isEqualTo("OOMKilled (exit code 137)");
    assertThat(status.nodes().get(retry.children().get(1)).phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(cluster.kubelet().failures()).isEmpty();
  }

  @Test
  void errorsAStepWhosePodIsDeletedWhileItRuns() {
    cluster.firstPod(Behaviour.STAY_RUNNING);
    String name = cluster.submit("one-step.yaml");

    deleteRunningPod(name);

    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.ERROR, WorkflowPhase.FAILED);
    NodeStatus pod = only(status, NodeType.POD);
    assertThat(pod.phase()).isEqualTo(NodePhase.ERROR);
    assertThat(pod.message()).isEqualTo("pod deleted");
  }

  @Test
  void retriesAStepWhosePodIsDeletedWhileItRuns() {
    cluster.firstPod(Behaviour.STAY_RUNNING);
    String name = cluster.submit("retry-always.yaml");

    deleteRunningPod(name);

    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    NodeStatus retry = only(status, NodeType.RETRY);
    NodeStatus first = status.nodes().get(retry.children().get(0));
    assertThat(first.phase()).isEqualTo(NodePhase.ERROR);
    assertThat(first.message()).isEqualTo("pod deleted");
    assertThat(status.nodes().get(retry.children().get(1)).phase()).isEqualTo(NodePhase.SUCCEEDED);
  }

  @Test
  void errorsAStepWhoseImageCannotBePulled() {
    cluster.firstPod(Behaviour.IMAGE_PULL_ERROR);

    String name = cluster.submit("one-step.yaml");

    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.ERROR, WorkflowPhase.FAILED);
    NodeStatus pod = only(status, NodeType.POD);
    assertThat(pod.phase()).isEqualTo(NodePhase.ERROR);
    assertThat(pod.message()).isEqualTo("ErrImagePull: failed to pull image \"alpine:3.20\"");
    assertThat(cluster.wf("get", name).out()).contains("ErrImagePull");
  }

  /** Waits until the workflow's (only) pod runs, then deletes it as a user or a node loss would. */
  private void deleteRunningPod(String workflow) {
    String pod = cluster.awaitNode(workflow, n -> n.type() == NodeType.POD).id();
    cluster.awaitPodRunning(pod);
    client.pods().inNamespace(MockCluster.NAMESPACE).withName(pod).delete();
  }

  private static NodeStatus only(WorkflowStatus status, NodeType type) {
    List<NodeStatus> nodes =
        status.nodes().values().stream().filter(n -> n.type() == type).toList();
    assertThat(nodes).hasSize(1);
    return nodes.get(0);
  }
}
