package dev.wf.api.spec;

import java.util.Map;

/**
 * A Kubernetes ConfigMap ({@code apiVersion: v1}), kept by the local store: the limits of
 * semaphores ({@code configMapKeyRef}) and the entries of memoization caches live in one, as in
 * Argo.
 */
public record ConfigMap(
    String apiVersion, String kind, ObjectMeta metadata, Map<String, String> data) {
  public static final String KIND = "ConfigMap";
  public static final String API_VERSION = "v1";

  public ConfigMap {
    if (apiVersion == null) apiVersion = API_VERSION;
    if (kind == null) kind = KIND;
    if (metadata == null) metadata = ObjectMeta.named(null);
    data = Lists.of(data);
  }

  /** A new ConfigMap with this name and data. */
  public static ConfigMap of(String name, Map<String, String> data) {
    return new ConfigMap(API_VERSION, KIND, ObjectMeta.named(name), data);
  }

  public String name() {
    return metadata.name();
  }

  public ConfigMap withMetadata(ObjectMeta newMetadata) {
    return new ConfigMap(apiVersion, kind, newMetadata, data);
  }

  public ConfigMap withData(Map<String, String> newData) {
    return new ConfigMap(apiVersion, kind, metadata, newData);
  }
}
