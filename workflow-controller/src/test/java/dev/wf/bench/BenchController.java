package dev.wf.bench;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.config.WfConfig;
import dev.wf.controller.ControllerProcess;
import dev.wf.controller.ControllerSettings;
import dev.wf.controller.PodRuntimes;
import dev.wf.runtime.k8s.KubernetesRuntime;
import dev.wf.runtime.k8s.PodBuilder;
import dev.wf.runtime.k8s.PodTimeouts;

/**
 * A controller as {@code wf controller --namespace=bench --qps=Q --burst=B} runs it (the same
 * {@link ControllerProcess}, step pods through {@link KubernetesRuntime} and {@link PodBuilder}),
 * with a client that counts its API calls, the instant kubelet and a watch on completions.
 */
final class BenchController implements AutoCloseable {
  private final ApiCalls calls = new ApiCalls();
  private final KubernetesClient client;
  private final ControllerProcess process;
  private final InstantKubelet kubelet;
  private final Completions completions;

  BenchController(BenchCluster cluster, double qps, int burst, int expected) throws Exception {
    client = cluster.client(qps, burst, calls);
    WfConfig config = new WfConfig(null);
    kubelet = new InstantKubelet(cluster.client(0, 0, null)).start();
    completions = new Completions(cluster.client(), expected);
    process =
        new ControllerProcess(
            client,
            new ControllerSettings(List.of(BenchCluster.NAMESPACE), config, null, null),
            new PodRuntimes(client, config, PodTimeouts.DEFAULT),
            Clock.systemUTC());
    process.start();
  }

  ApiCalls calls() {
    return calls;
  }

  InstantKubelet kubelet() {
    return kubelet;
  }

  Completions completions() {
    return completions;
  }

  /** Waits until the controller's calls stop (a second without one, at most 2 minutes). */
  Map<String, Long> settledCalls() {
    long[] before = {-1};
    await()
        .pollInterval(Duration.ofSeconds(1))
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> {
              long now = calls.total();
              boolean settled = now == before[0];
              before[0] = now;
              return settled;
            });
    return calls.snapshot();
  }

  @Override
  public void close() {
    process.close();
    kubelet.close();
    completions.close();
    client.close();
  }
}
