package dev.wf.cli.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.cli.CliContext;
import dev.wf.cli.CliRun;

/**
 * The end-to-end test against a real cluster: the one of the current kubeconfig context, with wf's
 * chart installed and its images loaded. It runs only with {@code -Pkind}:
 *
 * <pre>
 * kind create cluster            # or: k3d cluster create
 * (build and load the images, helm install the chart: see the README, "On a Kubernetes cluster")
 * mvn -B verify -Pkind -pl cli -am -Dit.test=KindClusterIT [-DWF_KIND_NAMESPACE=default]
 * </pre>
 */
class KindClusterIT {
  private static final String NAMESPACE = System.getProperty("WF_KIND_NAMESPACE", "default");
  private static final String WORKFLOW =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {generateName: kind-}
      spec:
        entrypoint: main
        templates:
          - name: main
            steps:
              - - name: say
                  template: say
              - - name: hear
                  template: hear
                  arguments:
                    parameters: [{name: word, value: "{{steps.say.outputs.parameters.word}}"}]
          - name: say
            container:
              image: alpine:3.20
              command: [sh, -c, "printf cluster > /tmp/word"]
            outputs:
              parameters: [{name: word, valueFrom: {path: /tmp/word}}]
          - name: hear
            inputs:
              parameters: [{name: word}]
            container:
              image: alpine:3.20
              command: [sh, -c, "echo hello from the {{inputs.parameters.word}}"]
      """;

  @TempDir Path dir;

  @Test
  void runsAWorkflowOnTheClusterOfTheCurrentContext() throws IOException {
    Path file = dir.resolve("kind.yaml");
    Files.writeString(file, WORKFLOW);

    CliRun submit =
        assertTimeoutPreemptively(
            Duration.ofMinutes(5), () -> wf("submit", "--wait", "-o", "name", file.toString()));

    assertThat(submit.exitCode()).as(submit.err()).isZero();
    String name = submit.out().strip();
    assertThat(wf("get", name).out()).contains("Succeeded");
    assertThat(wf("logs", name).out()).contains("hello from the cluster");
    assertThat(wf("delete", name).exitCode()).isZero();
  }

  private CliRun wf(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--kube";
    all[1] = "-n";
    all[2] = NAMESPACE;
    System.arraycopy(args, 0, all, 3, args.length);
    InputStream none = new ByteArrayInputStream(new byte[0]);
    var context =
        new CliContext(
            dir,
            none,
            false,
            false,
            Clock.systemUTC(),
            notice -> {
              throw new AssertionError("--kube must not start a local server");
            });
    return CliRun.execute(context, all);
  }
}
