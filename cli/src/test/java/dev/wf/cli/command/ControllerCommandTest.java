package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.CliRun;

class ControllerCommandTest extends CommandTestBase {
  @Test
  void needsNamespacesOrAllNamespaces() {
    CliRun run = wf("controller");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Give either --namespace (repeatable) or --all-namespaces");
  }

  @Test
  void refusesNamespacesTogetherWithAllNamespaces() {
    CliRun run = wf("controller", "--namespace=a", "--all-namespaces");

    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void refusesAnUnknownLogLevel() {
    CliRun run = wf("controller", "--all-namespaces", "--log-level=chatty");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown --log-level 'chatty'");
  }

  @Test
  void refusesAMalformedLeaseDuration() {
    CliRun run = wf("controller", "--all-namespaces", "--leader-elect", "--lease-duration=soon");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid --lease-duration 'soon'");
  }

  @Test
  void saysInOneLineThatTheClusterCannotBeReached() {
    CliRun run =
        wf(
            "controller",
            "--namespace=team-a",
            "--namespace=team-b",
            "--qps=20",
            "--burst=30",
            "--log-level=info",
            "--health-port=0",
            "--kubeconfig=" + writeKubeconfig());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("wf: ").doesNotContain("\tat ");
  }

  private String writeKubeconfig() {
    try {
      var file = wfHome.resolve("kubeconfig");
      java.nio.file.Files.writeString(
          file,
          """
          apiVersion: v1
          kind: Config
          clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
          users: [{name: u, user: {token: t}}]
          contexts: [{name: x, context: {cluster: c, user: u, namespace: wf}}]
          current-context: x
          """);
      return file.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
