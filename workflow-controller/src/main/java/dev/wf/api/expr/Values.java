package dev.wf.api.expr;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What expression values are and how they behave: their type names, equality, ordering, and how a
 * result is rendered as text (numbers without a needless ".0", structures as JSON).
 */
final class Values {
  private Values() {}

  static String typeName(Object value) {
    return switch (value) {
      case null -> "nil";
      case Boolean b -> "bool";
      case Long l -> "int";
      case Double d -> "float";
      case String s -> "string";
      case List<?> l -> "array";
      case Lambda l -> "closure";
      case Instant t -> "time";
      case Duration d -> "duration";
      default -> "map";
    };
  }

  /** The type and a short rendering, for messages: {@code string "abc"}. */
  static String describe(Object value) {
    if (value == null) return "nil";
    String text = render(value);
    if (text.length() > 30) text = text.substring(0, 27) + "...";
    return typeName(value) + (value instanceof String ? " \"" + text + "\"" : " " + text);
  }

  /**
   * The value as a structure when it is one: a string holding a JSON object or array is parsed; a
   * group of variables stays a group; anything else is returned as is.
   */
  static Object structure(Object value) {
    if (value instanceof String s && Json.looksLikeStructure(s)) {
      try {
        return Json.parse(s);
      } catch (EvaluationError e) {
        return s;
      }
    }
    return value;
  }

  /**
   * A group that has a plain string of its own is that string when used whole (passed to a
   * function, or as an expression's result), as {@code sprig.date('2006',
   * workflow.creationTimestamp)} passes the timestamp, not its parts {@code .Y}, {@code .m}, ...
   */
  static Object whole(Object value) {
    if (value instanceof Variables.Group group
        && group.leaf() != null
        && structure(group.leaf()) instanceof String) return group.leaf();
    return value;
  }

  /** The value with groups of variables turned into plain maps. */
  static Object plain(Object value) {
    return value instanceof Variables.Group group ? group.materialize() : value;
  }

  static List<Object> listOf(List<?> list) {
    return new ArrayList<>(list);
  }

  static Map<String, Object> mapOf(Map<?, ?> map) {
    var copy = new LinkedHashMap<String, Object>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof Double;
  }

  static boolean equal(Object a, Object b) {
    a = plain(a);
    b = plain(b);
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) return false;
      for (int i = 0; i < x.size(); i++) if (!equal(x.get(i), y.get(i))) return false;
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) return false;
      return x.keySet().stream().allMatch(k -> equal(x.get(k), y.get(k)));
    }
    return Objects.equals(a, b);
  }

  /** Orders two numbers or two strings; anything else cannot be compared. */
  static int compare(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
    if (isNumber(a) && isNumber(b)) {
      return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
    if (a instanceof String x && b instanceof String y) return x.compareTo(y);
    throw new EvaluationError("cannot compare " + describe(a) + " with " + describe(b));
  }

  /** A boolean, or an error naming what was found instead. */
  static boolean truth(Object value, String where) {
    if (value instanceof Boolean b) return b;
    throw new EvaluationError(where + " needs a boolean, got " + describe(value));
  }

  /** The value as text: strings as is, numbers as Go prints them, structures as JSON. */
  static String render(Object value) {
    return switch (plain(value)) {
      case null -> "nil";
      case String s -> s;
      case Boolean b -> b.toString();
      case Long l -> l.toString();
      case Double d -> number(d);
      case Lambda l -> "closure";
      case Instant t -> t.toString();
      case Duration d -> TimeValues.render(d);
      case Object other -> Json.write(other);
    };
  }

  private static String number(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
    if (Json.isExactInteger(d)) return Long.toString((long) d);
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
