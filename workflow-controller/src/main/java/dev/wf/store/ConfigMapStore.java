package dev.wf.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.ConfigMap;

/**
 * Where ConfigMaps live for a local server: the limits semaphores read ({@code configMapKeyRef})
 * and the memoization caches. Thread-safe; names are unique (one namespace).
 */
public interface ConfigMapStore {
  /**
   * Stores a new ConfigMap, setting a missing creation timestamp; throws {@link
   * AlreadyExistsException} if the name is taken.
   */
  void create(ConfigMap configMap);

  Optional<ConfigMap> get(String name);

  /** Every ConfigMap, by name. */
  List<ConfigMap> list();

  /** Removes a ConfigMap; false if there was none by that name. */
  boolean delete(String name);

  /**
   * Sets one key in one write, creating the ConfigMap when missing; {@code labels} are added to the
   * ones it has. Returns the ConfigMap as stored.
   */
  ConfigMap putEntry(String name, String key, String value, Map<String, String> labels);

  /** A store that has no ConfigMaps and keeps none, for setups without one. */
  static ConfigMapStore none() {
    return NoConfigMaps.INSTANCE;
  }
}
