package dev.wf.api.expr;

import java.util.List;
import java.util.Map;

/**
 * Resolves a plain {@code {{name}}}: the exact name in the variable map, or else a path into a
 * variable that holds JSON ({@code {{item.name}}} when {@code item} is {@code {"name": "a"}}).
 */
final class SimpleReference {
  private SimpleReference() {}

  /** The text for {@code name}, or null when it cannot be resolved. */
  static String lookup(Map<String, String> vars, String name) {
    String value = vars.get(name);
    if (value != null) return value;
    for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
      String base = vars.get(name.substring(0, dot));
      if (base != null) return inside(base, name.substring(dot + 1));
    }
    return null;
  }

  private static String inside(String json, String path) {
    if (!Json.looksLikeStructure(json)) return null;
    Object value;
    try {
      value = Json.parse(json);
    } catch (EvaluationError e) {
      return null;
    }
    for (String key : path.split("\\.", -1)) {
      value = step(value, key);
      if (value == null) return null;
    }
    return Values.render(value);
  }

  private static Object step(Object value, String key) {
    if (value instanceof Map<?, ?> map) return map.get(key);
    if (value instanceof List<?> list) {
      try {
        int i = Integer.parseInt(key.startsWith("[") ? key.substring(1, key.length() - 1) : key);
        return i >= 0 && i < list.size() ? list.get(i) : null;
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        return null;
      }
    }
    return null;
  }
}
