package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.runtime.k8s.PodTimeouts;

/**
 * The controller as a cluster runs it: a new instance takes over a running workflow from the
 * cluster's state after a restart, and workflows created without the CLI (as {@code kubectl create}
 * would) are admitted and run, or refused with an error in their status.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesControllerIT {
  private static final ResourceDefinitionContext WORKFLOWS =
      new ResourceDefinitionContext.Builder()
          .withGroup("wf.dev")
          .withVersion("v1alpha1")
          .withKind("Workflow")
          .withPlural("workflows")
          .withNamespaced(true)
          .build();

  static KubernetesClient client;
  static KubernetesMockServer server;

  @TempDir Path dir;
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    cluster = MockCluster.start(client, server, dir);
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void aRestartedControllerFinishesTheWorkflowWithoutCreatingAnyPodTwice() throws Exception {
    String name = cluster.submit("gated.yaml", "-p", "dir=" + dir);
    String gate = cluster.awaitNode(name, n -> isPod(n, "gate")).id();
    cluster.awaitPodRunning(gate);
    NodeStatus first = node(name, "first");

    cluster.stopController();
    Files.createFile(dir.resolve("go"));
    awaitPodPhase(gate, "Succeeded");
    cluster.startController(PodTimeouts.DEFAULT);

    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(cluster.podCreations())
        .hasSize(3)
        .allSatisfy((pod, count) -> assertThat(count).isOne());
    assertThat(node(name, "first").startedAt()).isEqualTo(first.startedAt());
    assertThat(cluster.kubelet().failures()).isEmpty();
  }

  @Test
  void runsAWorkflowCreatedWithoutTheCli() throws IOException {
    createAsKubectlWould("kubectl-workflow.yaml");

    WorkflowStatus status =
        cluster.awaitPhase(
            "from-kubectl", WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED, WorkflowPhase.ERROR);

    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(cluster.wf("get", "from-kubectl").out()).contains("Succeeded");
  }

  @Test
  void errorsAnInvalidWorkflowCreatedWithoutTheCli() throws IOException {
    createAsKubectlWould("kubectl-invalid.yaml");

    WorkflowStatus status =
        cluster.awaitPhase(
            "invalid-from-kubectl",
            WorkflowPhase.SUCCEEDED,
            WorkflowPhase.FAILED,
            WorkflowPhase.ERROR);

    assertThat(status.phase()).isEqualTo(WorkflowPhase.ERROR);
    assertThat(status.message()).startsWith("invalid spec: ").contains("nowhere");
    assertThat(cluster.podCreations()).isEmpty();
  }

  /** Creates the fixture as plain JSON of our group, with none of the CLI's processing. */
  private void createAsKubectlWould(String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/k8s/" + fixture)) {
      GenericKubernetesResource resource =
          Serialization.unmarshal(in, GenericKubernetesResource.class);
      client
          .genericKubernetesResources(WORKFLOWS)
          .inNamespace(MockCluster.NAMESPACE)
          .resource(resource)
          .create();
    }
  }

  private NodeStatus node(String workflow, String step) {
    return cluster.nodes(workflow).stream().filter(n -> isPod(n, step)).findFirst().orElseThrow();
  }

  private static boolean isPod(NodeStatus node, String step) {
    return node.type() == NodeType.POD && node.displayName().equals(step);
  }

  private void awaitPodPhase(String pod, String phase) {
    await()
        .atMost(MockCluster.TIMEOUT)
        .until(
            () -> client.pods().inNamespace(MockCluster.NAMESPACE).withName(pod).get(),
            p -> p != null && p.getStatus() != null && phase.equals(p.getStatus().getPhase()));
  }
}
