package dev.wf.api.spec;

import java.util.List;
import java.util.Map;

/** Null-safe copies for record constructors, so that no record ever holds a null collection. */
final class Lists {
  private Lists() {}

  static <T> List<T> of(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static <K, V> Map<K, V> of(Map<K, V> map) {
    return map == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
