package dev.wf.cli.client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import dev.wf.server.k8s.ClusterApi;

/**
 * Connects {@code wf --kube} to a cluster: a client from the kubeconfig, and the wf API over that
 * namespace's workflows served inside this process ({@link ClusterApi}), so that every command
 * talks to it as to a local server. Closing it stops both.
 */
public final class ClusterConnection implements AutoCloseable {
  private final KubernetesClient client;
  private final ClusterApi api;

  private ClusterConnection(KubernetesClient client, ClusterApi api) {
    this.client = client;
    this.api = api;
  }

  /** Connects to {@code target}'s cluster and namespace. */
  public static ClusterConnection open(KubeTarget target) throws IOException {
    KubernetesClient client =
        new KubernetesClientBuilder()
            .withConfig(KubeClients.config(target.kubeconfig(), target.context()))
            .build();
    try {
      String namespace = namespace(target, client);
      return new ClusterConnection(client, ClusterApi.start(client, namespace, Clock.systemUTC()));
    } catch (RuntimeException | IOException e) {
      client.close();
      throw e;
    }
  }

  private static String namespace(KubeTarget target, KubernetesClient client) {
    if (target.namespace() != null) return target.namespace();
    return client.getNamespace() != null ? client.getNamespace() : "default";
  }

  /** The client of the API served for this cluster. */
  public WfClient client() {
    return new WfClient(URI.create(api.url()));
  }

  @Override
  public void close() {
    api.close();
    client.close();
  }
}
