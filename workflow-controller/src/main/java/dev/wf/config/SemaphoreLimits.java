package dev.wf.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Semaphore limits from {@code synchronization.semaphores} in {@code $WF_HOME/config.yaml}, the
 * fallback for a {@code configMapKeyRef} whose ConfigMap (or key) the store does not have. Keys are
 * {@code CONFIGMAP/KEY} (any namespace) or {@code NAMESPACE/CONFIGMAP/KEY}; values are limits:
 *
 * <pre>
 * synchronization:
 *   semaphores:
 *     my-config/workflow: 2
 * </pre>
 */
public record SemaphoreLimits(Map<String, Integer> limits) {
  public static final SemaphoreLimits NONE = new SemaphoreLimits(Map.of());

  public SemaphoreLimits {
    limits = Map.copyOf(limits);
  }

  /** The limit for a ConfigMap key: the namespaced entry first, then the plain one. */
  public OptionalInt limit(String namespace, String configMap, String key) {
    Integer limit = limits.get(namespace + "/" + configMap + "/" + key);
    if (limit == null) limit = limits.get(configMap + "/" + key);
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** Reads the {@code synchronization} mapping of the config file (null: none). */
  static SemaphoreLimits parse(JsonNode synchronization, String source) {
    if (synchronization == null || synchronization.isNull()) return NONE;
    String path = source + ": synchronization";
    if (!synchronization.isObject()) throw new ConfigException(path + ": expected a mapping");
    for (var field : synchronization.properties()) {
      if (!field.getKey().equals("semaphores")) {
        throw new ConfigException(
            path + "." + field.getKey() + ": unknown key (allowed: semaphores)");
      }
    }
    JsonNode semaphores = synchronization.get("semaphores");
    if (semaphores == null || semaphores.isNull()) return NONE;
    if (!semaphores.isObject()) {
      throw new ConfigException(
          path + ".semaphores: expected a mapping of CONFIGMAP/KEY to a limit");
    }
    var limits = new LinkedHashMap<String, Integer>();
    for (var entry : semaphores.properties()) {
      String at = path + ".semaphores[\"" + entry.getKey() + "\"]";
      limits.put(checkedKey(entry.getKey(), at), checkedLimit(entry.getValue(), at));
    }
    return new SemaphoreLimits(limits);
  }

  private static String checkedKey(String key, String at) {
    String[] parts = key.split("/", -1);
    boolean ok = parts.length == 2 || parts.length == 3;
    for (String part : parts) ok &= !part.isBlank();
    if (!ok) {
      throw new ConfigException(at + ": expected CONFIGMAP/KEY or NAMESPACE/CONFIGMAP/KEY");
    }
    return key;
  }

  private static int checkedLimit(JsonNode value, String at) {
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
      throw new ConfigException(at + ": expected a whole number of at least 1, found " + value);
    }
    return value.asInt();
  }
}
