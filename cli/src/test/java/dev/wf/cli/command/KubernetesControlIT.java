package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
import dev.wf.cli.CliRun;

/**
 * The control verbs with {@code --kube} on workflows the cluster runs: {@code stop}, {@code
 * terminate}, {@code suspend}/{@code resume}, {@code retry}, {@code delete} and {@code logs -f},
 * through the CLI, the controller, the pods and the test kubelet. The fixture {@code gated.yaml}
 * keeps its middle step running until the test writes the file {@code go}.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesControlIT {
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
  void stopKillsTheRunningPodAndFailsTheWorkflow() {
    String name = submitGated();
    String gate = runningGate(name);

    CliRun stop = cluster.wf("stop", name);

    assertThat(stop.exitCode()).as(stop.err()).isZero();
    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.FAILED, WorkflowPhase.ERROR);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(status.message()).isEqualTo("Stopped with strategy 'Stop'");
    awaitPodGone(gate);
    assertThat(status.nodes().values()).noneMatch(n -> n.displayName().equals("last"));
  }

  @Test
  void terminateKillsTheRunningPodAndFailsTheWorkflow() {
    String name = submitGated();
    String gate = runningGate(name);

    CliRun terminate = cluster.wf("terminate", name);

    assertThat(terminate.exitCode()).as(terminate.err()).isZero();
    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.FAILED, WorkflowPhase.ERROR);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(status.message()).isEqualTo("Stopped with strategy 'Terminate'");
    awaitPodGone(gate);
  }

  @Test
  void suspendedWorkflowStartsNoStepUntilResumed() throws IOException {
    String name = submitGated();
    runningGate(name);

    CliRun suspend = cluster.wf("suspend", name);
    assertThat(suspend.exitCode()).as(suspend.err()).isZero();
    Files.createFile(dir.resolve("go"));
    cluster.awaitNode(name, n -> isGate(n) && n.phase() == NodePhase.SUCCEEDED);

    assertThat(cluster.workflow(name).getStatus().phase()).isEqualTo(WorkflowPhase.RUNNING);
    assertThat(cluster.nodes(name)).noneMatch(n -> n.displayName().equals("last"));

    CliRun resume = cluster.wf("resume", name);
    assertThat(resume.exitCode()).as(resume.err()).isZero();
    assertThat(cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED).phase())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void retryRunsTheFailedStepAgainButNotTheSucceededOne() throws IOException {
    String name = cluster.submit("fails-until-fixed.yaml", "-p", "dir=" + dir);
    cluster.awaitPhase(name, WorkflowPhase.FAILED, WorkflowPhase.ERROR);
    String ok = podOf(name, "ok");
    String check = podOf(name, "check");
    Files.createFile(dir.resolve("fixed"));

    CliRun retry = cluster.wf("retry", name);

    assertThat(retry.exitCode()).as(retry.err()).isZero();
    WorkflowStatus status = cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(cluster.podUids(check)).hasSize(2);
    assertThat(cluster.podUids(ok)).hasSize(1);
  }

  @Test
  void deleteRemovesTheWorkflowAndItsPods() {
    String name = submitGated();
    String gate = runningGate(name);

    CliRun delete = cluster.wf("delete", name);

    assertThat(delete.exitCode()).as(delete.err()).isZero();
    await().atMost(MockCluster.TIMEOUT).until(() -> cluster.workflow(name) == null);
    awaitPodGone(gate);
    assertThat(cluster.wf("get", name).exitCode()).isEqualTo(1);
  }

  @Test
  void logsFollowPrintsLinesWhileTheStepRunsAndEndsWithTheWorkflow() throws IOException {
    String name = submitGated();
    String gate = runningGate(name);
    cluster.servePodLog(gate);

    MockCluster.BackgroundRun logs = cluster.wfInBackground("logs", "-f", name, "gate");

    await().atMost(MockCluster.TIMEOUT).until(() -> logs.out().toString().contains("waiting"));
    assertThat(logs.out().toString()).doesNotContain("released");
    Files.createFile(dir.resolve("go"));
    CliRun ended = logs.await();
    assertThat(ended.exitCode()).as(ended.err()).isZero();
    assertThat(ended.out()).contains("waiting").contains("released");
  }

  private String submitGated() {
    return cluster.submit("gated.yaml", "-p", "dir=" + dir);
  }

  /** Waits until the gate step's pod runs; returns its name. */
  private String runningGate(String workflow) {
    String pod = cluster.awaitNode(workflow, KubernetesControlIT::isGate).id();
    cluster.awaitPodRunning(pod);
    return pod;
  }

  private static boolean isGate(NodeStatus node) {
    return node.type() == NodeType.POD && node.displayName().equals("gate");
  }

  private String podOf(String workflow, String step) {
    return cluster.nodes(workflow).stream()
        .filter(n -> n.displayName().equals(step))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private void awaitPodGone(String pod) {
    await()
        .atMost(MockCluster.TIMEOUT)
        .until(() -> client.pods().inNamespace(MockCluster.NAMESPACE).withName(pod).get() == null);
  }
}
