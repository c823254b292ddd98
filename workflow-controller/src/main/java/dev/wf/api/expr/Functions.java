package dev.wf.api.expr;

import java.util.HashMap;
import java.util.Map;

/** Every function an expression can call, by name ({@code sprig.*} under that prefix). */
final class Functions {
  private static final Map<String, ExprFunction> ALL = build();

  private Functions() {}

  /** The function called {@code name}, or null. */
  static ExprFunction lookup(String name) {
    return ALL.get(name);
  }

  private static Map<String, ExprFunction> build() {
    var all = new HashMap<String, ExprFunction>();
    CoreFunctions.register(all);
    ListFunctions.register(all);
    var sprig = new HashMap<String, ExprFunction>();
    SprigStrings.register(sprig);
    SprigValues.register(sprig);
    SprigDates.register(sprig);
    sprig.forEach((name, function) -> all.put("sprig." + name, function));
    return Map.copyOf(all);
  }
}
