package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.cli.CliRun;

/**
 * The whole cluster path, with fabric8's mock API server standing in for the cluster and a test
 * kubelet running the pods: {@code wf --kube submit} writes the Workflow, the controller (as {@code
 * wf controller} builds it) creates pods, the kubelet runs their init, main and wait phases with
 * the real executor, StepResults come back, the status is written, and {@code wf --kube get},
 * {@code list} and {@code logs} print it as they do locally.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesEndToEndIT {
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
  void runsADagWithParametersAndArtifactsThroughTheCluster() {
    CliRun submit =
        cluster.wf("submit", "--wait", "-o", "name", cluster.fixture("params-artifacts.yaml"));

    assertThat(submit.exitCode()).as(submit.err()).isZero();
    String name = submit.out().strip();
    assertThat(name).startsWith("e2e-");
    assertThat(cluster.kubelet().failures()).isEmpty();

    CliRun get = cluster.wf("get", name);
    assertThat(get.exitCode()).isZero();
    assertThat(get.out()).contains("Succeeded").contains("make").contains("use");

    cluster.servePodLog(podOf(name, "use"));
    CliRun logs = cluster.wf("logs", name, "use");
    assertThat(logs.out()).contains("hello world from the cluster");

    CliRun list = cluster.wf("list");
    assertThat(list.out()).contains(name).contains("Succeeded");
  }

  @Test
  void namesTheWorkflowItCannotFind() {
    CliRun get = cluster.wf("get", "nothing-here");

    assertThat(get.exitCode()).isEqualTo(1);
    assertThat(get.err()).contains("nothing-here").doesNotContain("Exception");
  }

  private String podOf(String workflow, String step) {
    return cluster.nodes(workflow).stream()
        .filter(n -> n.displayName().equals(step))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
