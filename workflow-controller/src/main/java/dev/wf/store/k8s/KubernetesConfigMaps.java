package dev.wf.store.k8s;

import java.net.HttpURLConnection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ModelJson;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.ConfigMapStore;

/**
 * The core v1 ConfigMaps of one namespace, where semaphore limits ({@code configMapKeyRef}) and
 * memoization caches live in a cluster, as in Argo. Reads go to the API server.
 */
public final class KubernetesConfigMaps implements ConfigMapStore {
  private static final String KIND = "configmap";
  private static final int MAX_ATTEMPTS = 5;

  private final KubernetesClient client;
  private final String namespace;

  public KubernetesConfigMaps(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public void create(ConfigMap configMap) {
    String name = configMap.name();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a ConfigMap needs a name to be stored");
    }
    var resource = ResourceMapping.toResource(configMap, namespace);
    resource.getMetadata().setResourceVersion(null);
    try {
      configMaps().resource(resource).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        throw new AlreadyExistsException(KIND, name);
      }
      throw e;
    }
  }

  @Override
  public Optional<ConfigMap> get(String name) {
    return Optional.ofNullable(configMaps().withName(name).get()).map(ResourceMapping::toConfigMap);
  }

  @Override
  public List<ConfigMap> list() {
    return configMaps().list().getItems().stream()
        .map(ResourceMapping::toConfigMap)
        .sorted(Comparator.comparing(ConfigMap::name))
        .toList();
  }

  @Override
  public boolean delete(String name) {
    return !configMaps().withName(name).delete().isEmpty();
  }

  /**
   * Sets the key with one JSON merge patch, which the API server applies atomically; a missing
   * ConfigMap is created (and patched after all if someone else created it meanwhile).
   */
  @Override
  public ConfigMap putEntry(String name, String key, String value, Map<String, String> labels) {
    for (int attempt = 1; ; attempt++) {
      Optional<ConfigMap> patched = patch(name, key, value, labels);
      if (patched.isPresent()) return patched.get();
      try {
        ConfigMap created = ConfigMap.of(name, Map.of(key, value));
        created = created.withMetadata(created.metadata().withLabels(labels));
        return ResourceMapping.toConfigMap(
            configMaps().resource(ResourceMapping.toResource(created, namespace)).create());
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt == MAX_ATTEMPTS) throw e;
      }
    }
  }

  private Optional<ConfigMap> patch(
      String name, String key, String value, Map<String, String> labels) {
    String body =
        ModelJson.write(Map.of("metadata", Map.of("labels", labels), "data", Map.of(key, value)));
    try {
      var patched = configMaps().withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), body);
      return Optional.of(ResourceMapping.toConfigMap(patched));
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) return Optional.empty();
      throw e;
    }
  }

  private NonNamespaceOperation<
          io.fabric8.kubernetes.api.model.ConfigMap,
          ConfigMapList,
          Resource<io.fabric8.kubernetes.api.model.ConfigMap>>
      configMaps() {
    return client.configMaps().inNamespace(namespace);
  }
}
