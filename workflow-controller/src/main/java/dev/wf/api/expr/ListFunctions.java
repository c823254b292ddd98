package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * expr-lang's array built-ins: the closure ones ({@code filter(list, {# > 1})}, {@code map}, {@code
 * all}, {@code any}, ...) and plain ones ({@code first}, {@code join}, {@code max}, ...).
 */
final class ListFunctions {
  private ListFunctions() {}

  static void register(Map<String, ExprFunction> f) {
    f.put("filter", a -> filter(a.expect(2, 2), true));
    f.put("map", a -> map(a.expect(2, 2)));
    f.put("all", a -> filter(a.expect(2, 2), false).isEmpty());
    f.put("none", a -> filter(a.expect(2, 2), true).isEmpty());
    f.put("any", a -> !filter(a.expect(2, 2), true).isEmpty());
    f.put("one", a -> filter(a.expect(2, 2), true).size() == 1);
    f.put("count", a -> (long) filter(a.expect(2, 2), true).size());
    f.put("find", a -> find(a.expect(2, 2), false, false));
    f.put("findIndex", a -> find(a.expect(2, 2), true, false));
    f.put("findLast", a -> find(a.expect(2, 2), false, true));
    f.put("findLastIndex", a -> find(a.expect(2, 2), true, true));
    f.put("sum", a -> sum(a.expect(1, 2)));
    f.put("reduce", a -> reduce(a.expect(2, 3)));
    f.put("groupBy", a -> groupBy(a.expect(2, 2)));
    f.put("first", a -> a.expect(1, 1).list(0).stream().findFirst().orElse(null));
    f.put("last", a -> last(a.expect(1, 1).list(0)));
    f.put("keys", a -> new ArrayList<Object>(a.expect(1, 1).map(0).keySet()));
    f.put("values", a -> new ArrayList<>(a.expect(1, 1).map(0).values()));
    f.put("reverse", a -> reversed(a.expect(1, 1).list(0)));
    f.put("sort", a -> sorted(a.expect(1, 2)));
    f.put("uniq", a -> uniq(a.expect(1, 1).list(0)));
    f.put("concat", a -> concat(a.expect(1, Integer.MAX_VALUE)));
    f.put("join", a -> join(a.expect(1, 2)));
    f.put("max", a -> extreme(a.expect(1, Integer.MAX_VALUE), 1));
    f.put("min", a -> extreme(a.expect(1, Integer.MAX_VALUE), -1));
    f.put("mean", a -> mean(a.expect(1, 1)));
  }

  /** The elements for which the closure is {@code keep}. */
  private static List<Object> filter(Args a, boolean keep) {
    var list = a.list(0);
    Lambda test = a.lambda(1);
    var kept = new ArrayList<Object>();
    for (int i = 0; i < list.size(); i++) {
      if (Values.truth(test.apply(list.get(i), i), a.function() + "()") == keep) {
        kept.add(list.get(i));
      }
    }
    return kept;
  }

  private static List<Object> map(Args a) {
    var list = a.list(0);
    Lambda mapping = a.lambda(1);
    var mapped = new ArrayList<Object>();
    for (int i = 0; i < list.size(); i++) mapped.add(mapping.apply(list.get(i), i));
    return mapped;
  }

  private static Object find(Args a, boolean wantIndex, boolean fromEnd) {
    var list = a.list(0);
    Lambda test = a.lambda(1);
    for (int n = 0; n < list.size(); n++) {
      int i = fromEnd ? list.size() - 1 - n : n;
      if (Values.truth(test.apply(list.get(i), i), a.function() + "()")) {
        return wantIndex ? (Object) (long) i : list.get(i);
      }
    }
    return wantIndex ? (Object) (-1L) : null;
  }

  private static Object sum(Args a) {
    var list = a.list(0);
    Object total = 0L;
    for (int i = 0; i < list.size(); i++) {
      Object item = a.size() == 2 ? a.lambda(1).apply(list.get(i), i) : list.get(i);
      total = Operators.apply("+", total, item);
    }
    return total;
  }

  private static Object reduce(Args a) {
    var list = a.list(0);
    Lambda step = a.lambda(1);
    if (list.isEmpty() && a.size() == 2) throw a.fail("of an empty array needs an initial value");
    Object acc = a.size() == 3 ? a.get(2) : list.get(0);
    for (int i = a.size() == 3 ? 0 : 1; i < list.size(); i++) acc = step.apply(list.get(i), i, acc);
    return acc;
  }

  private static Map<String, Object> groupBy(Args a) {
    var list = a.list(0);
    var groups = new LinkedHashMap<String, Object>();
    for (int i = 0; i < list.size(); i++) {
      String key = Values.render(a.lambda(1).apply(list.get(i), i));
      @SuppressWarnings("unchecked")
      var group = (List<Object>) groups.computeIfAbsent(key, k -> new ArrayList<Object>());
      group.add(list.get(i));
    }
    return groups;
  }

  private static Object last(List<Object> list) {
    return list.isEmpty() ? null : list.get(list.size() - 1);
  }

  static List<Object> reversed(List<Object> list) {
    var copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static List<Object> sorted(Args a) {
    var copy = new ArrayList<>(a.list(0));
    copy.sort(Values::compare);
    if (a.size() == 2 && a.string(1).equals("desc")) Collections.reverse(copy);
    return copy;
  }

  static List<Object> uniq(List<Object> list) {
    var unique = new ArrayList<Object>();
    for (Object item : list) {
      if (unique.stream().noneMatch(seen -> Values.equal(seen, item))) unique.add(item);
    }
    return unique;
  }

  private static List<Object> concat(Args a) {
    var all = new ArrayList<Object>();
    for (int i = 0; i < a.size(); i++) all.addAll(a.list(i));
    return all;
  }

  private static String join(Args a) {
    String separator = a.size() == 2 ? a.string(1) : "";
    var parts = new ArrayList<String>();
    a.list(0).forEach(item -> parts.add(Values.render(item)));
    return String.join(separator, parts);
  }

  /** The largest ({@code sign} 1) or smallest (-1) of the arguments, or of one array argument. */
  static Object extreme(Args a, int sign) {
    List<Object> items = a.size() == 1 && !Values.isNumber(a.get(0)) ? a.list(0) : a.values();
    if (items.isEmpty()) throw a.fail("needs at least one number");
    Object best = null;
    for (Object item : items) {
      if (!Values.isNumber(item)) throw a.fail("needs numbers, got " + Values.describe(item));
      if (best == null || Values.compare(item, best) * sign > 0) best = item;
    }
    return best;
  }

  private static double mean(Args a) {
    var list = a.list(0);
    if (list.isEmpty()) return 0;
    double total = 0;
    for (Object item : list) total += ((Number) Operators.apply("+", 0L, item)).doubleValue();
    return total / list.size();
  }
}
