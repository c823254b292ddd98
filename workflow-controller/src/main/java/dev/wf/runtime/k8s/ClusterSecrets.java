package dev.wf.runtime.k8s;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

import dev.wf.artifacts.ArtifactException;
import dev.wf.executor.artifacts.SecretRef;
import dev.wf.executor.artifacts.SecretResolver;

/**
 * Secrets of one namespace read through the API, for what the controller and {@code wf --kube} do
 * with artifact repositories themselves (garbage collection, {@code wf cp}, archived logs). Step
 * pods do not use it: they get their secrets mounted. A repository that names no secret is used
 * anonymously.
 */
public final class ClusterSecrets implements SecretResolver {
  private final KubernetesClient client;
  private final String namespace;

  public ClusterSecrets(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public String resolve(SecretRef ref, Use use) throws ArtifactException {
    if (ref == null) return null;
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(ref.name()).get();
    } catch (KubernetesClientException e) {
      throw missing(ref, "cannot be read (" + e.getCode() + ")");
    }
    if (secret == null) throw missing(ref, "does not exist");
    if (secret.getData() != null && secret.getData().containsKey(ref.key())) {
      byte[] value = Base64.getDecoder().decode(secret.getData().get(ref.key()));
      return new String(value, StandardCharsets.UTF_8);
    }
    if (secret.getStringData() != null && secret.getStringData().containsKey(ref.key())) {
      return secret.getStringData().get(ref.key());
    }
    throw missing(ref, "has no key \"" + ref.key() + "\"");
  }

  private ArtifactException missing(SecretRef ref, String what) {
    return new ArtifactException(
        ArtifactException.Kind.FAILED,
        "secret \"" + ref.name() + "\" in namespace " + namespace + " " + what);
  }
}
