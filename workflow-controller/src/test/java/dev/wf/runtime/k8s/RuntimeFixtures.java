package dev.wf.runtime.k8s;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.executor.StepSpec;

/** The runtime and the one-command step that the Kubernetes runtime tests share. */
final class RuntimeFixtures {
  private RuntimeFixtures() {}

  /** A runtime over the mock's namespace with minimal pods, on {@code time}'s clock and timers. */
  static KubernetesRuntime runtime(KubernetesClient client, ManualTime time) {
    return new KubernetesRuntime(
        client,
        client.getNamespace(),
        new MinimalPods(),
        n -> "uid-" + n,
        time,
        KubernetesRuntimeTest.TIMEOUTS,
        time);
  }

  /** A step of {@code wf} that runs {@code true} in {@code image}. */
  static StepSpec step(String wf, String node, String image) {
    return new StepSpec(
        wf,
        node,
        "main",
        image,
        List.of("true"),
        List.of(),
        Map.of(),
        null,
        null,
        List.of(),
        List.of(),
        false);
  }
}
