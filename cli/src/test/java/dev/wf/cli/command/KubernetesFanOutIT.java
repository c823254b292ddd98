package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.runtime.k8s.TestKubelet.Behaviour;

/**
 * A wide workflow through the cluster path: one step fanned out into 2,000 pods, which the test
 * kubelet finishes at once ({@link Behaviour#INSTANT}) so that only the controller's work counts
 * (about 70 s here; the benchmark measures larger runs).
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesFanOutIT {
  private static final int WIDTH = 2_000;

  static KubernetesClient client;
  static KubernetesMockServer server;

  @TempDir Path dir;
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    cluster = MockCluster.start(client, server, dir);
    cluster.behaviour(pod -> Behaviour.INSTANT);
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void completesAFanOutOfTwoThousandPodsCreatingEachOnce() {
    String name = cluster.submit("fan-out.yaml", "-p", "count=" + WIDTH);

    WorkflowStatus status =
        cluster.awaitPhase(
            Duration.ofMinutes(3), name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED);

    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(status.nodes().values()).filteredOn(n -> n.type() == NodeType.POD).hasSize(WIDTH);
    assertThat(status.progress()).isEqualTo(WIDTH + "/" + WIDTH);
    assertThat(cluster.podCreations())
        .hasSize(WIDTH)
        .allSatisfy((pod, count) -> assertThat(count).isOne());
    assertThat(cluster.kubelet().failures()).isEmpty();
  }
}
