package dev.wf.store;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ObjectMeta;

/** The ConfigMaps of an {@link EmbeddedStore}, in its SQLite file. */
final class EmbeddedConfigMaps implements ConfigMapStore {
  private final SqliteDatabase database;
  private final Clock clock;

  EmbeddedConfigMaps(SqliteDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void create(ConfigMap configMap) {
    ConfigMap stamped = stamped(named(configMap));
    if (!database.write(c -> ConfigMapTable.insert(c, stamped))) {
      throw new AlreadyExistsException("configmap", configMap.name());
    }
  }

  @Override
  public Optional<ConfigMap> get(String name) {
    return database.read(c -> ConfigMapTable.select(c, name));
  }

  @Override
  public List<ConfigMap> list() {
    return database.read(ConfigMapTable::selectAll);
  }

  @Override
  public boolean delete(String name) {
    return database.write(c -> ConfigMapTable.delete(c, name));
  }

  @Override
  public ConfigMap putEntry(String name, String key, String value, Map<String, String> labels) {
    return database.write(
        c -> {
          ConfigMap current =
              ConfigMapTable.select(c, name).orElseGet(() -> stamped(ConfigMap.of(name, Map.of())));
          var data = new LinkedHashMap<>(current.data());
          data.put(key, value);
          var allLabels = new LinkedHashMap<>(current.metadata().labels());
          allLabels.putAll(labels);
          ConfigMap next =
              current.withData(data).withMetadata(current.metadata().withLabels(allLabels));
          ConfigMapTable.upsert(c, next);
          return next;
        });
  }

  private static ConfigMap named(ConfigMap configMap) {
    String name = configMap.name();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a ConfigMap needs a name to be stored");
    }
    return configMap;
  }

  private ConfigMap stamped(ConfigMap configMap) {
    ObjectMeta meta = configMap.metadata();
    if (meta.creationTimestamp() != null) return configMap;
    return configMap.withMetadata(
        meta.withIdentity(
            meta.name(),
            meta.namespace(),
            meta.uid(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS)));
  }
}
