package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sprig's number, conversion, list, dictionary and default functions. Like Sprig, the integer ones
 * read any value as an integer ({@code "5"} is 5, text that is not a number is 0) and do not fail.
 */
final class SprigValues {
  private SprigValues() {}

  static void register(Map<String, ExprFunction> f) {
    numbers(f);
    lists(f);
    defaults(f);
  }

  private static void numbers(Map<String, ExprFunction> f) {
    f.put("toString", a -> a.expect(1, 1).text(0));
    f.put("atoi", a -> toInt(a.expect(1, 1).get(0)));
    f.put("int", a -> toInt(a.expect(1, 1).get(0)));
    f.put("int64", a -> toInt(a.expect(1, 1).get(0)));
    f.put("float64", a -> toFloat(a.expect(1, 1).get(0)));
    f.put("add", a -> fold(a.expect(1, Integer.MAX_VALUE), 0L, Long::sum));
    f.put("mul", a -> fold(a.expect(1, Integer.MAX_VALUE), 1L, (x, y) -> x * y));
    f.put("add1", a -> toInt(a.expect(1, 1).get(0)) + 1);
    f.put("sub", a -> toInt(a.expect(2, 2).get(0)) - toInt(a.get(1)));
    f.put("div", a -> divide(a.expect(2, 2), false));
    f.put("mod", a -> divide(a.expect(2, 2), true));
    f.put("max", a -> fold(a.expect(1, Integer.MAX_VALUE), Long.MIN_VALUE, Math::max));
    f.put("min", a -> fold(a.expect(1, Integer.MAX_VALUE), Long.MAX_VALUE, Math::min));
    f.put("addf", a -> toFloat(a.expect(2, 2).get(0)) + toFloat(a.get(1)));
    f.put("subf", a -> toFloat(a.expect(2, 2).get(0)) - toFloat(a.get(1)));
    f.put("mulf", a -> toFloat(a.expect(2, 2).get(0)) * toFloat(a.get(1)));
    f.put("divf", a -> toFloat(a.expect(2, 2).get(0)) / toFloat(a.get(1)));
    f.put("floor", a -> Math.floor(toFloat(a.expect(1, 1).get(0))));
    f.put("ceil", a -> Math.ceil(toFloat(a.expect(1, 1).get(0))));
    f.put("until", a -> range(0, toInt(a.expect(1, 1).get(0))));
  }

  private static void defaults(Map<String, ExprFunction> f) {
    f.put(
        "default", a -> empty(a.expect(1, 2).size() == 1 ? null : a.get(1)) ? a.get(0) : a.get(1));
    f.put("empty", a -> empty(a.expect(1, 1).get(0)));
    f.put("coalesce", a -> a.values().stream().filter(v -> !empty(v)).findFirst().orElse(null));
    f.put(
        "ternary",
        a -> Values.truth(a.expect(3, 3).get(2), "sprig.ternary()") ? a.get(0) : a.get(1));
  }

  private static void lists(Map<String, ExprFunction> f) {
    f.put("list", a -> new ArrayList<>(a.values()));
    f.put("first", a -> a.expect(1, 1).list(0).stream().findFirst().orElse(null));
    f.put("last", a -> last(a.expect(1, 1).list(0)));
    f.put("rest", a -> drop(a.expect(1, 1).list(0), 1, 0));
    f.put("initial", a -> drop(a.expect(1, 1).list(0), 0, 1));
    f.put("append", a -> append(a.expect(2, 2).list(0), a.get(1)));
    f.put("prepend", a -> prepend(a.expect(2, 2).list(0), a.get(1)));
    f.put("reverse", a -> ListFunctions.reversed(a.expect(1, 1).list(0)));
    f.put("uniq", a -> ListFunctions.uniq(a.expect(1, 1).list(0)));
    f.put(
        "compact",
        a -> new ArrayList<>(a.expect(1, 1).list(0).stream().filter(v -> !empty(v)).toList()));
    f.put("has", a -> a.expect(2, 2).list(1).stream().anyMatch(v -> Values.equal(v, a.get(0))));
    f.put("join", a -> join(a.expect(2, 2)));
    f.put("sortAlpha", a -> sortAlpha(a.expect(1, 1).list(0)));
    f.put("dict", a -> dict(a));
    f.put("get", a -> a.expect(2, 2).map(0).getOrDefault(a.text(1), ""));
    f.put("hasKey", a -> a.expect(2, 2).map(0).containsKey(a.text(1)));
    f.put("keys", a -> new ArrayList<Object>(a.expect(1, 1).map(0).keySet()));
    f.put("values", a -> new ArrayList<>(a.expect(1, 1).map(0).values()));
    f.put("toJson", a -> Json.write(a.expect(1, 1).get(0)));
    f.put("toRawJson", a -> Json.write(a.expect(1, 1).get(0)));
    f.put("toPrettyJson", a -> Json.toNode(a.expect(1, 1).get(0)).toPrettyString());
  }

  /** Sprig's integer reading: numbers truncated, text parsed (else 0), booleans 1 or 0. */
  static long toInt(Object value) {
    return switch (value) {
      case Long l -> l;
      case Double d -> d.longValue();
      case Boolean b -> b ? 1 : 0;
      case String s -> parseInt(s.strip());
      case null, default -> 0;
    };
  }

  private static long parseInt(String s) {
    try {
      return Long.parseLong(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static double toFloat(Object value) {
    return switch (value) {
      case Number n -> n.doubleValue();
      case Boolean b -> b ? 1 : 0;
      case String s -> parseFloat(s.strip());
      case null, default -> 0;
    };
  }

  private static double parseFloat(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private interface LongOp {
    long apply(long a, long b);
  }

  private static long fold(Args a, long start, LongOp op) {
    long result = start;
    for (Object value : a.values()) result = op.apply(result, toInt(value));
    return result;
  }

  private static long divide(Args a, boolean remainder) {
    long divisor = toInt(a.get(1));
    if (divisor == 0) throw a.fail("divides by zero");
    long dividend = toInt(a.get(0));
    return remainder ? dividend % divisor : dividend / divisor;
  }

  private static List<Object> range(long from, long to) {
    var list = new ArrayList<Object>();
    for (long i = from; i < to; i++) list.add(i);
    return list;
  }

  /** Go template emptiness: nil, false, 0, "" and empty arrays and maps. */
  static boolean empty(Object value) {
    return switch (Values.plain(value)) {
      case null -> true;
      case Boolean b -> !b;
      case Long l -> l == 0;
      case Double d -> d == 0;
      case String s -> s.isEmpty();
      case List<?> l -> l.isEmpty();
      case Map<?, ?> m -> m.isEmpty();
      default -> false;
    };
  }

  private static Object last(List<Object> list) {
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }

  private static List<Object> drop(List<Object> list, int front, int back) {
    if (list.size() < front + back) return new ArrayList<>();
    return new ArrayList<>(list.subList(front, list.size() - back));
  }

  private static List<Object> append(List<Object> list, Object value) {
    var copy = new ArrayList<>(list);
    copy.add(value);
    return copy;
  }

  private static List<Object> prepend(List<Object> list, Object value) {
    var copy = new ArrayList<>(list);
    copy.add(0, value);
    return copy;
  }

  private static String join(Args a) {
    var parts = new ArrayList<String>();
    Object items = Values.structure(a.get(1));
    if (items instanceof List<?> list) {
      list.forEach(item -> parts.add(item == null ? "" : Values.render(item)));
    } else {
      parts.add(a.text(1));
    }
    return String.join(a.text(0), parts);
  }

  private static List<Object> sortAlpha(List<Object> list) {
    var copy = new ArrayList<>(list);
    copy.sort((x, y) -> Values.render(x).compareTo(Values.render(y)));
    return copy;
  }

  private static Map<String, Object> dict(Args a) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i + 1 < a.size(); i += 2) map.put(a.text(i), a.get(i + 1));
    if (a.size() % 2 == 1) map.put(a.text(a.size() - 1), "");
    return map;
  }
}
