package dev.wf.api.expr;

import java.util.List;
import java.util.Map;

/**
 * Member, index and slice access on values: maps by key, arrays by position (negative counts from
 * the end), and strings that hold JSON as the structure they hold.
 */
final class Access {
  private Access() {}

  static Object member(Object target, String name) {
    Object value = Values.structure(target);
    return switch (value) {
      case null -> throw new EvaluationError("cannot read \"" + name + "\" of nil");
      case Variables.Group group -> group.child(name);
      case Map<?, ?> map -> map.get(name);
      default ->
          throw new EvaluationError(
              "cannot read \"" + name + "\" of " + Values.describe(target) + ", not a map");
    };
  }

  static Object index(Object target, Object key) {
    Object value = Values.structure(target);
    if (value instanceof Variables.Group || value instanceof Map<?, ?>) {
      return member(value, Values.render(key));
    }
    if (!(key instanceof Long position)) {
      throw new EvaluationError(
          "index must be an integer or a string, got " + Values.describe(key));
    }
    return switch (value) {
      case List<?> list -> list.get(position(position, list.size()));
      case String s -> String.valueOf(s.charAt(position(position, s.length())));
      case null -> throw new EvaluationError("cannot index nil");
      default -> throw new EvaluationError("cannot index " + Values.describe(target));
    };
  }

  static Object slice(Object target, Long from, Long to) {
    Object value = Values.structure(target);
    int size =
        switch (value) {
          case List<?> list -> list.size();
          case String s -> s.length();
          default -> throw new EvaluationError("cannot slice " + Values.describe(target));
        };
    int start = from == null ? 0 : clamp(from, size);
    int end = Math.max(start, to == null ? size : clamp(to, size));
    return value instanceof List<?> list
        ? Values.listOf(list.subList(start, end))
        : ((String) value).substring(start, end);
  }

  private static int position(long index, int size) {
    long actual = index < 0 ? size + index : index;
    if (actual < 0 || actual >= size) {
      throw new EvaluationError("index " + index + " out of range (length " + size + ")");
    }
    return (int) actual;
  }

  private static int clamp(long index, int size) {
    long actual = index < 0 ? size + index : index;
    return (int) Math.max(0, Math.min(size, actual));
  }
}
