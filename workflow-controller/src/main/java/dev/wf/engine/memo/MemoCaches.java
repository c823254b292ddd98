package dev.wf.engine.memo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.wf.api.spec.ConfigMap;
import dev.wf.store.ConfigMapStore;

/**
 * The memoization caches in a {@link ConfigMapStore}: read as a {@link MemoView} before a pass,
 * written (one entry at a time, labelled as a cache) when a decision asks for it.
 */
public final class MemoCaches {
  private final ConfigMapStore configMaps;

  public MemoCaches(ConfigMapStore configMaps) {
    this.configMaps = configMaps;
  }

  /** The caches with these names, as they are now. */
  public MemoView read(Set<String> names) {
    if (names.isEmpty()) return MemoView.EMPTY;
    Map<String, ConfigMap> caches = new HashMap<>();
    for (String name : names) configMaps.get(name).ifPresent(c -> caches.put(name, c));
    return new MemoView(caches);
  }

  /** Stores an entry under {@code key}, creating the cache ConfigMap when missing. */
  public void save(String cacheName, String key, MemoEntry entry) {
    configMaps.putEntry(
        cacheName, key, entry.json(), Map.of(MemoView.TYPE_LABEL, MemoView.CACHE_TYPE));
  }
}
