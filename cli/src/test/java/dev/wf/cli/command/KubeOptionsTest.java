package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;

class KubeOptionsTest extends CommandTestBase {
  @Test
  void saysInOneLineThatTheClusterCannotBeReached() throws IOException {
    CliRun run = wf("get", "some-wf", "--kubeconfig", unreachableKubeconfig().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("wf: cannot reach the Kubernetes API at https://127.0.0.1:1/")
        .doesNotContain("\tat ");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void refusesTwoNamespacesForOneCommand() {
    CliRun run = wf("--kube", "-n", "a", "-n", "b", "list");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Give one --namespace");
  }

  @Test
  void listOfAllNamespacesNeedsACluster() {
    CliRun run = wf("list", "-A");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("-A needs --kube");
  }

  private Path unreachableKubeconfig() throws IOException {
    Path file = wfHome.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
        users: [{name: u, user: {token: t}}]
        contexts: [{name: x, context: {cluster: c, user: u, namespace: wf}}]
        current-context: x
        """);
    return file;
  }
}
