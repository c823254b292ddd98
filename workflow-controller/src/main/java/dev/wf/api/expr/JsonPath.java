package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSONPath subset of Argo's {@code jsonpath(json, path)}: {@code $}, {@code .key}, {@code
 * ['key']}, {@code [0]} (negative from the end), and the wildcards {@code .*} and {@code [*]},
 * after which the result is an array.
 */
final class JsonPath {
  private JsonPath() {}

  /** A step of a path: a key, a position or a wildcard ({@code key} and {@code index} null). */
  private record Step(String key, Long index) {
    boolean wildcard() {
      return key == null && index == null;
    }
  }

  static Object read(Object document, String path) {
    List<Object> current = new ArrayList<>();
    current.add(document);
    boolean many = false;
    for (Step step : parse(path)) {
      many |= step.wildcard();
      var next = new ArrayList<Object>();
      for (Object value : current) apply(step, value, path, next);
      current = next;
    }
    if (many) return current;
    return current.get(0);
  }

  private static void apply(Step step, Object value, String path, List<Object> out) {
    if (step.wildcard()) {
      switch (value) {
        case List<?> list -> out.addAll(list);
        case Map<?, ?> map -> out.addAll(map.values());
        default -> throw error(path, "* needs an array or an object");
      }
    } else if (step.key() != null) {
      if (!(value instanceof Map<?, ?> map) || !map.containsKey(step.key())) {
        throw error(path, "no key \"" + step.key() + "\"");
      }
      out.add(map.get(step.key()));
    } else {
      if (!(value instanceof List<?> list))
        throw error(path, "[" + step.index() + "] needs an array");
      long i = step.index() < 0 ? list.size() + step.index() : step.index();
      if (i < 0 || i >= list.size()) throw error(path, "index " + step.index() + " out of range");
      out.add(list.get((int) i));
    }
  }

  private static List<Step> parse(String path) {
    String p = path.strip();
    if (!p.startsWith("$")) p = "$." + p;
    var steps = new ArrayList<Step>();
    int i = 1;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') end++;
        String key = p.substring(i + 1, end);
        if (key.isEmpty()) throw error(path, "empty key at position " + (i + 1));
        steps.add(key.equals("*") ? new Step(null, null) : new Step(key, null));
        i = end;
      } else if (c == '[') {
        int end = p.indexOf(']', i);
        if (end < 0) throw error(path, "missing \"]\"");
        steps.add(bracket(p.substring(i + 1, end).strip(), path));
        i = end + 1;
      } else {
        throw error(path, "unexpected \"" + c + "\" at position " + (i + 1));
      }
    }
    return steps;
  }

  private static Step bracket(String inside, String path) {
    if (inside.equals("*")) return new Step(null, null);
    if (inside.length() >= 2 && (inside.startsWith("'") || inside.startsWith("\""))) {
      return new Step(inside.substring(1, inside.length() - 1), null);
    }
    try {
      return new Step(null, Long.parseLong(inside));
    } catch (NumberFormatException e) {
      throw error(path, "unsupported selector [" + inside + "]");
    }
  }

  private static EvaluationError error(String path, String what) {
    return new EvaluationError("jsonpath \"" + path + "\": " + what);
  }
}
