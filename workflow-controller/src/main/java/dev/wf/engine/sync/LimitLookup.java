package dev.wf.engine.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.Synchronization;
import dev.wf.config.SemaphoreLimits;
import dev.wf.store.ConfigMapStore;

/**
 * Looks up semaphore limits before a pass: the {@code configMapKeyRef}'s key in the stored
 * ConfigMap, else the {@code synchronization.semaphores} entry of {@code config.yaml}. A limit that
 * is missing, not a number or below 1 becomes a {@link Limit#failed} with a message saying so.
 */
public final class LimitLookup {
  private final ConfigMapStore configMaps;
  private final SemaphoreLimits configured;

  public LimitLookup(ConfigMapStore configMaps, SemaphoreLimits configured) {
    this.configMaps = configMaps;
    this.configured = configured;
  }

  /**
   * The limits of the semaphores in {@code blocks} whose names are literal; blocks that cannot be
   * used are left to the pass to report.
   */
  public Map<String, Limit> limits(List<Synchronization> blocks, String namespace) {
    var limits = new HashMap<String, Limit>();
    for (Synchronization block : blocks) {
      List<LockKey> keys;
      try {
        keys = LockKey.of(block, namespace);
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (LockKey key : keys) {
        if (key.kind() == LockKey.Kind.SEMAPHORE && !key.name().contains("{{"))
          limits.computeIfAbsent(key.name(), n -> limit(key));
      }
    }
    return limits;
  }

  /** The limit of one semaphore. */
  public Limit limit(LockKey key) {
    Optional<ConfigMap> configMap = configMaps.get(key.configMap());
    String value = configMap.map(c -> c.data().get(key.key())).orElse(null);
    if (value == null) {
      OptionalInt fallback = configured.limit(key.namespace(), key.configMap(), key.key());
      if (fallback.isPresent()) return Limit.of(fallback.getAsInt());
      return failed(key, configMap.isPresent() ? keyMissing(key) : configMapMissing(key));
    }
    try {
      int limit = Integer.parseInt(value.trim());
      if (limit >= 1) return Limit.of(limit);
    } catch (NumberFormatException e) {
      return failed(key, "the value \"" + value + "\" of key '" + key.key() + "' is not a number");
    }
    return failed(key, "the limit " + value.trim() + " of key '" + key.key() + "' is below 1");
  }

  private static String keyMissing(LockKey key) {
    return "Sync configuration key '" + key.key() + "' not found in ConfigMap";
  }

  private static String configMapMissing(LockKey key) {
    return "configmaps \""
        + key.configMap()
        + "\" not found (create it with `wf configmap create "
        + key.configMap()
        + " --from-literal "
        + key.key()
        + "=N`, or set synchronization.semaphores[\""
        + key.configMap()
        + "/"
        + key.key()
        + "\"] in config.yaml)";
  }

  private static Limit failed(LockKey key, String reason) {
    return Limit.failed("failed to initialize semaphore " + key.name() + " with limit: " + reason);
  }
}
