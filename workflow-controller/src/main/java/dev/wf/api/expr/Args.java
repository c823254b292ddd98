package dev.wf.api.expr;

import java.util.List;
import java.util.Map;

/** The evaluated arguments of one call, with typed accessors that fail with a clear message. */
record Args(String function, List<Object> values) {
  int size() {
    return values.size();
  }

  Object get(int i) {
    return values.get(i);
  }

  /** Fails unless there are between {@code min} and {@code max} arguments. */
  Args expect(int min, int max) {
    if (values.size() < min || values.size() > max) {
      String wanted = min == max ? String.valueOf(min) : min + " to " + max;
      if (max == Integer.MAX_VALUE) wanted = "at least " + min;
      throw fail("takes " + wanted + " argument" + (max == 1 ? "" : "s") + ", got " + size());
    }
    return this;
  }

  /** A string argument; numbers and booleans are not silently converted. */
  String string(int i) {
    if (get(i) instanceof String s) return s;
    throw fail("argument " + (i + 1) + " must be a string, got " + Values.typeName(get(i)));
  }

  /** Any scalar argument as text, as Go's fmt would print it. */
  String text(int i) {
    return get(i) == null ? "" : Values.render(get(i));
  }

  long integer(int i) {
    Object value = get(i);
    if (value instanceof Long l) return l;
    if (value instanceof Double d && d == Math.rint(d)) return d.longValue();
    throw fail("argument " + (i + 1) + " must be an integer, got " + Values.describe(value));
  }

  double number(int i) {
    Object value = get(i);
    if (value instanceof Number n) return n.doubleValue();
    throw fail("argument " + (i + 1) + " must be a number, got " + Values.describe(value));
  }

  List<Object> list(int i) {
    if (Values.structure(get(i)) instanceof List<?> list) return Values.listOf(list);
    throw fail("argument " + (i + 1) + " must be an array, got " + Values.describe(get(i)));
  }

  Map<String, Object> map(int i) {
    if (Values.plain(Values.structure(get(i))) instanceof Map<?, ?> map) return Values.mapOf(map);
    throw fail("argument " + (i + 1) + " must be a map, got " + Values.describe(get(i)));
  }

  Lambda lambda(int i) {
    if (get(i) instanceof Lambda lambda) return lambda;
    throw fail("argument " + (i + 1) + " must be a closure such as {# > 1}");
  }

  EvaluationError fail(String what) {
    return new EvaluationError(function + "() " + what);
  }
}
