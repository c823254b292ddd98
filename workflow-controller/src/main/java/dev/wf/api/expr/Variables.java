package dev.wf.api.expr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The flat variable map seen as nested objects: {@code "steps.a.outputs.result"} is reachable as
 * {@code steps -> a -> outputs -> result}. A name with values below it is a {@link Group}; a name
 * without is its value (a string, or a typed value the caller gave). Nothing is copied until a
 * group is used as a whole.
 */
final class Variables {
  private final NavigableMap<String, Object> flat = new TreeMap<>();

  Variables(Map<String, ?> vars) {
    vars.forEach(
        (name, value) -> {
          if (value != null) flat.put(name, value);
        });
  }

  /** The string at {@code path}, a {@link Group} when names continue below it, or null. */
  Object get(String path) {
    if (hasChildren(path)) return new Group(this, path);
    return flat.get(path);
  }

  /** The exact string stored under {@code path}, or null (also when a typed value is stored). */
  String leaf(String path) {
    return flat.get(path) instanceof String s ? s : null;
  }

  private boolean hasChildren(String path) {
    String prefix = path + ".";
    String next = flat.ceilingKey(prefix);
    return next != null && next.startsWith(prefix);
  }

  /** The direct children of {@code path}, in name order; values are strings or groups. */
  Map<String, Object> children(String path) {
    String prefix = path + ".";
    var children = new LinkedHashMap<String, Object>();
    for (String name : flat.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
      String rest = name.substring(prefix.length());
      int dot = rest.indexOf('.');
      String child = dot < 0 ? rest : rest.substring(0, dot);
      children.computeIfAbsent(child, c -> get(prefix + c));
    }
    return children;
  }

  /**
   * A name with variables below it, e.g. {@code inputs.parameters}; {@code leaf()} is the string
   * stored under the name itself, if any (Argo stores some lists both ways).
   */
  record Group(Variables vars, String path) {
    boolean has(String key) {
      return vars.get(path + "." + key) != null;
    }

    Object child(String key) {
      return vars.get(path + "." + key);
    }

    String leaf() {
      return vars.leaf(path);
    }

    /** The group as plain maps and strings. */
    Map<String, Object> materialize() {
      var plain = new LinkedHashMap<String, Object>();
      vars.children(path).forEach((key, value) -> plain.put(key, Values.plain(value)));
      return plain;
    }
  }
}
