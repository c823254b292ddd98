package dev.wf.engine.memo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import dev.wf.api.spec.ConfigMap;

/**
 * What a pass sees of the memoization caches a workflow uses: each cache ConfigMap as it was stored
 * before the pass (absent when it does not exist yet). Looking an entry up is pure.
 */
public record MemoView(Map<String, ConfigMap> caches) {
  public static final MemoView EMPTY = new MemoView(Map.of());

  /** The label Argo requires on a cache ConfigMap, and its value. */
  public static final String TYPE_LABEL = "workflows.argoproj.io/configmap-type";

  public static final String CACHE_TYPE = "Cache";

  private static final Pattern KEY = Pattern.compile("^[a-zA-Z0-9][-a-zA-Z0-9]*$");

  public MemoView {
    caches = Map.copyOf(caches);
  }

  /**
   * The entry under {@code key} in cache {@code cacheName} that is still fresh at {@code now}, or
   * null (a miss).
   *
   * @param maxAge how old an entry may be, or null for any age
   * @throws IllegalArgumentException for an invalid key, a ConfigMap that is not a cache, or a
   *     malformed entry, with Argo's message
   */
  public MemoEntry lookup(String cacheName, String key, Duration maxAge, Instant now) {
    if (!KEY.matcher(key).matches())
      throw new IllegalArgumentException("invalid cache key: " + key);
    ConfigMap cache = caches.get(cacheName);
    if (cache == null) return null;
    String type = cache.metadata().labels().get(TYPE_LABEL);
    if (type == null) {
      throw new IllegalArgumentException(
          "memoization configmap doesn't have " + TYPE_LABEL + " label, refusing to use it");
    }
    if (!type.equals(CACHE_TYPE)) {
      throw new IllegalArgumentException(
          "memoization configmap doesn't have label "
              + TYPE_LABEL
              + " = "
              + CACHE_TYPE
              + ", refusing to use it");
    }
    String raw = cache.data().get(key);
    if (raw == null || raw.isEmpty()) return null;
    MemoEntry entry = MemoEntry.parse(raw);
    if (entry.nodeID() == null || entry.nodeID().isEmpty()) return null;
    if (maxAge != null
        && (entry.creationTimestamp() == null
            || entry.creationTimestamp().plus(maxAge).isBefore(now))) return null;
    return entry;
  }
}
