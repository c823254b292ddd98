package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.cli.CliContext;
import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;
import dev.wf.config.WfConfig;
import dev.wf.controller.ControllerProcess;
import dev.wf.controller.ControllerSettings;
import dev.wf.runtime.k8s.TestKubelet;

/**
 * The whole cluster path, with fabric8's mock API server standing in for the cluster and a test
 * kubelet running the pods: {@code wf --kube submit} writes the Workflow, the controller (as {@code
 * wf controller} builds it) creates pods, the kubelet runs their init, main and wait phases with
 * the real executor, StepResults come back, the status is written, and {@code wf --kube get},
 * {@code list} and {@code logs} print it as they do locally.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesEndToEndIT {
  private static final String NAMESPACE = "e2e";
  private static final String[] CRDS = {
    "workflows", "workflowtemplates", "clusterworkflowtemplates", "stepresults"
  };

  static KubernetesClient client;
  static KubernetesMockServer server;

  @TempDir Path dir;
  private ControllerProcess controller;
  private TestKubelet kubelet;
  private Path kubeconfig;

  @BeforeEach
  void startCluster() throws Exception {
    for (String crd : CRDS) installCrd(crd);
    WfConfig config =
        WfConfig.parse(
            "artifactRepository:\n  file: {root: " + dir.resolve("artifacts") + "}\n", "config");
    controller =
        new ControllerProcess(
            client,
            new ControllerSettings(List.of(NAMESPACE), config, null, null),
            ControllerCommand.runtimes(client, config),
            Clock.systemUTC());
    controller.start();
    kubelet = new TestKubelet(client, NAMESPACE, Files.createDirectories(dir.resolve("pods")));
    kubelet.start();
    kubeconfig = writeKubeconfig();
  }

  @AfterEach
  void stopCluster() {
    kubelet.close();
    controller.close();
    client.resources(WorkflowResource.class).inAnyNamespace().delete();
  }

  @Test
  void runsADagWithParametersAndArtifactsThroughTheCluster() throws IOException {
    CliRun submit = wf("submit", "--wait", "-o", "name", fixture("params-artifacts.yaml"));

    assertThat(submit.exitCode()).as(submit.err()).isZero();
    String name = submit.out().strip();
    assertThat(name).startsWith("e2e-");
    assertThat(kubelet.failures()).isEmpty();

    CliRun get = wf("get", name);
    assertThat(get.exitCode()).isZero();
    assertThat(get.out()).contains("Succeeded").contains("make").contains("use");

    servePodLog(name, "use");
    CliRun logs = wf("logs", name, "use");
    assertThat(logs.out()).contains("hello world from the cluster");

    CliRun list = wf("list");
    assertThat(list.out()).contains(name).contains("Succeeded");
  }

  @Test
  void namesTheWorkflowItCannotFind() {
    CliRun get = wf("get", "nothing-here");

    assertThat(get.exitCode()).isEqualTo(1);
    assertThat(get.err()).contains("nothing-here").doesNotContain("Exception");
  }

  private CliRun wf(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--kube";
    all[1] = "--kubeconfig=" + kubeconfig;
    all[2] = "-n";
    all[3] = NAMESPACE;
    System.arraycopy(args, 0, all, 4, args.length);
    InputStream none = new ByteArrayInputStream(new byte[0]);
    var context =
        new CliContext(
            dir,
            none,
            false,
            false,
            Fixtures.CLOCK,
            notice -> {
              throw new AssertionError("--kube must not start a local server");
            });
    return CliRun.execute(context, all);
  }

  /**
   * The mock server serves no pod logs by itself: it answers with what the kubelet's main wrote.
   */
  private void servePodLog(String workflow, String step) throws IOException {
    var status =
        client
            .resources(WorkflowResource.class)
            .inNamespace(NAMESPACE)
            .withName(workflow)
            .get()
            .getStatus();
    String pod =
        status.nodes().values().stream()
            .filter(n -> n.displayName().equals(step))
            .findFirst()
            .orElseThrow()
            .id();
    server
        .expect()
        .get()
        .withPath(
            "/api/v1/namespaces/" + NAMESPACE + "/pods/" + pod + "/log?pretty=false&container=main")
        .andReturn(200, Files.readString(kubelet.mainLog(pod)))
        .always();
  }

  private String fixture(String name) {
    try (InputStream in = getClass().getResourceAsStream("/k8s/" + name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void installCrd(String plural) throws IOException {
    String file = "/META-INF/fabric8/" + plural + ".wf.dev-v1.yml";
    try (InputStream in = KubernetesEndToEndIT.class.getResourceAsStream(file)) {
      client.apiextensions().v1().customResourceDefinitions().load(in).createOr(c -> c.update());
    }
  }

  private Path writeKubeconfig() throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: mock, cluster: {server: "%s", insecure-skip-tls-verify: true}}]
        users: [{name: u, user: {token: t}}]
        contexts: [{name: mock, context: {cluster: mock, user: u, namespace: %s}}]
        current-context: mock
        """
            .formatted(client.getMasterUrl(), NAMESPACE));
    return file;
  }
}
