package dev.wf.cli.client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;

import dev.wf.api.spec.Workflow;
import dev.wf.server.k8s.ClusterApi;
import dev.wf.store.k8s.KubernetesStore;

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
    Config config = KubeClients.config(target.kubeconfig(), target.context());
    // A command someone waits for says at once that the cluster is unreachable (the default
    // retries for about 20 s).
    config.setRequestRetryBackoffLimit(1);
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    try {
      String namespace = namespace(target, client);
      return new ClusterConnection(client, ClusterApi.start(client, namespace, Clock.systemUTC()));
    } catch (KubernetesClientException e) {
      client.close();
      throw new IllegalStateException(
          "cannot reach the Kubernetes API at " + client.getMasterUrl() + ": " + reason(e), e);
    } catch (RuntimeException | IOException e) {
      client.close();
      throw e;
    }
  }

  /** What went wrong, in the words of the deepest cause (fabric8's own message is generic). */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static String namespace(KubeTarget target, KubernetesClient client) {
    if (target.namespace() != null) return target.namespace();
    return client.getNamespace() != null ? client.getNamespace() : "default";
  }

  /** The client of the API served for this cluster. */
  public WfClient client() {
    return new WfClient(URI.create(api.url()));
  }

  /** The workflows of every namespace the kubeconfig's user may list, newest first. */
  public List<Workflow> allNamespaces() {
    return KubernetesStore.listAllNamespaces(client);
  }

  @Override
  public void close() {
    api.close();
    client.close();
  }
}
