package dev.wf.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.ConfigMap;

/** {@link ConfigMapStore#none()}: reads find nothing, writes are refused with a message. */
final class NoConfigMaps implements ConfigMapStore {
  static final NoConfigMaps INSTANCE = new NoConfigMaps();

  private NoConfigMaps() {}

  @Override
  public void create(ConfigMap configMap) {
    throw refused();
  }

  @Override
  public Optional<ConfigMap> get(String name) {
    return Optional.empty();
  }

  @Override
  public List<ConfigMap> list() {
    return List.of();
  }

  @Override
  public boolean delete(String name) {
    return false;
  }

  @Override
  public ConfigMap putEntry(String name, String key, String value, Map<String, String> labels) {
    throw refused();
  }

  private static StoreException refused() {
    return new StoreException("this store keeps no ConfigMaps");
  }
}
