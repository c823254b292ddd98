package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The strict binary operators of expr-lang: arithmetic on numbers ({@code +} also joins strings and
 * arrays), comparison, membership ({@code in}) and string tests ({@code matches}, {@code contains},
 * {@code startsWith}, {@code endsWith}). The short-circuit ones live in the evaluator.
 */
final class Operators {
  private static final int MAX_RANGE = 1_000_000;

  private Operators() {}

  static Object apply(String op, Object left, Object right) {
    if (TimeValues.involved(left, right)) return TimeValues.apply(op, left, right);
    return switch (op) {
      case "==" -> Values.equal(left, right);
      case "!=" -> !Values.equal(left, right);
      case "<" -> Values.compare(left, right) < 0;
      case ">" -> Values.compare(left, right) > 0;
      case "<=" -> Values.compare(left, right) <= 0;
      case ">=" -> Values.compare(left, right) >= 0;
      case "+" -> plus(left, right);
      case "-", "*", "/", "%", "**" -> arithmetic(op, left, right);
      case "in" -> in(left, right);
      case "matches" -> matches(left, right);
      case "contains" -> text(op, left).contains(text(op, right));
      case "startsWith" -> text(op, left).startsWith(text(op, right));
      case "endsWith" -> text(op, left).endsWith(text(op, right));
      case ".." -> range(left, right);
      default -> throw new EvaluationError("unknown operator " + op);
    };
  }

  private static Object plus(Object left, Object right) {
    if (left instanceof String a && right instanceof String b) return a + b;
    if (left instanceof List<?> a && right instanceof List<?> b) {
      var joined = new ArrayList<Object>(a);
      joined.addAll(b);
      return joined;
    }
    return arithmetic("+", left, right);
  }

  private static Object arithmetic(String op, Object left, Object right) {
    if (!Values.isNumber(left) || !Values.isNumber(right)) {
      throw new EvaluationError(
          "cannot apply \""
              + op
              + "\" to "
              + Values.describe(left)
              + " and "
              + Values.describe(right));
    }
    if (left instanceof Long a && right instanceof Long b && !op.equals("/") && !op.equals("**")) {
      return integers(op, a, b);
    }
    double a = ((Number) left).doubleValue();
    double b = ((Number) right).doubleValue();
    return switch (op) {
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/" -> a / b;
      case "**" -> Math.pow(a, b);
      default -> throw new EvaluationError("\"%\" needs integers, got " + Values.describe(left));
    };
  }

  private static Object integers(String op, long a, long b) {
    return switch (op) {
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      default -> {
        if (b == 0) throw new EvaluationError("integer divide by zero");
        yield a % b;
      }
    };
  }

  private static boolean in(Object left, Object right) {
    Object container = Values.structure(right);
    if (container instanceof Variables.Group group) return group.has(String.valueOf(left));
    if (container instanceof Map<?, ?> map) return map.containsKey(left);
    if (container instanceof List<?> list) {
      return list.stream().anyMatch(item -> Values.equal(item, left));
    }
    throw new EvaluationError("\"in\" needs an array or a map, got " + Values.describe(right));
  }

  private static boolean matches(Object left, Object right) {
    String pattern = text("matches", right);
    try {
      return Pattern.compile(pattern).matcher(text("matches", left)).find();
    } catch (PatternSyntaxException e) {
      throw new EvaluationError("invalid regular expression \"" + pattern + "\"");
    }
  }

  private static String text(String op, Object value) {
    if (value instanceof String s) return s;
    throw new EvaluationError("\"" + op + "\" needs strings, got " + Values.describe(value));
  }

  private static List<Object> range(Object left, Object right) {
    if (!(left instanceof Long from) || !(right instanceof Long to)) {
      throw new EvaluationError("\"..\" needs integers");
    }
    if (to - from > MAX_RANGE) throw new EvaluationError("range is too large");
    var list = new ArrayList<Object>();
    for (long i = from; i <= to; i++) list.add(i);
    return list;
  }
}
