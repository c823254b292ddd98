package dev.wf.api.expr;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Times and durations in expressions, as Go's time package gives them to expr-lang: {@code now()}
 * (the time the caller evaluates at, never the clock), {@code t1 - t2} is a duration, {@code t + d}
 * and {@code t - d} are times, durations add and subtract, both compare, and a duration has {@code
 * .Seconds()}, {@code .Minutes()}, {@code .Hours()}. Text in RFC 3339 form (a timestamp variable)
 * counts as a time when the other operand is one.
 */
final class TimeValues {
  private TimeValues() {}

  /** {@code now()}: the time stored under {@link Expression#NOW}, or an error if none was given. */
  static Instant now(Object stored, int arguments) {
    if (arguments != 0) throw new EvaluationError("now() takes no arguments, got " + arguments);
    return switch (stored) {
      case Instant t -> t;
      case String s -> Instant.parse(s);
      case null, default -> throw new EvaluationError("now() is not available here");
    };
  }

  /** Whether {@code op} on these operands is about times or durations. */
  static boolean involved(Object left, Object right) {
    return isTime(left) || isTime(right);
  }

  private static boolean isTime(Object value) {
    return value instanceof Instant || value instanceof Duration;
  }

  static Object apply(String op, Object left, Object right) {
    Object a = asTime(left, right);
    Object b = asTime(right, left);
    return switch (op) {
      case "==" -> a.equals(b);
      case "!=" -> !a.equals(b);
      case "<" -> compare(a, b) < 0;
      case ">" -> compare(a, b) > 0;
      case "<=" -> compare(a, b) <= 0;
      case ">=" -> compare(a, b) >= 0;
      case "-" -> minus(a, b);
      case "+" -> plus(a, b);
      default -> throw cannot(op, left, right);
    };
  }

  /** A string beside a time, read as RFC 3339 when it is one. */
  private static Object asTime(Object value, Object other) {
    if (value instanceof String s && other instanceof Instant) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    return value == null ? Void.class : value;
  }

  private static int compare(Object a, Object b) {
    if (a instanceof Instant x && b instanceof Instant y) return x.compareTo(y);
    if (a instanceof Duration x && b instanceof Duration y) return x.compareTo(y);
    throw new EvaluationError("cannot compare " + describe(a) + " with " + describe(b));
  }

  private static Object minus(Object a, Object b) {
    if (a instanceof Instant x && b instanceof Instant y) return Duration.between(y, x);
    if (a instanceof Instant x && b instanceof Duration d) return x.minus(d);
    if (a instanceof Duration x && b instanceof Duration y) return x.minus(y);
    throw cannot("-", a, b);
  }

  private static Object plus(Object a, Object b) {
    if (a instanceof Instant x && b instanceof Duration d) return x.plus(d);
    if (a instanceof Duration d && b instanceof Instant x) return x.plus(d);
    if (a instanceof Duration x && b instanceof Duration y) return x.plus(y);
    throw cannot("+", a, b);
  }

  /** A method of a time or duration value. */
  static Object method(Object receiver, String name, List<Object> args) {
    if (!args.isEmpty()) throw new EvaluationError(name + "() takes no arguments");
    if (receiver instanceof Duration d) {
      double nanos = d.toNanos();
      return switch (name) {
        case "Seconds" -> nanos / 1e9;
        case "Minutes" -> nanos / 60e9;
        case "Hours" -> nanos / 3600e9;
        case "Milliseconds" -> d.toMillis();
        default -> throw unknown(name, receiver);
      };
    }
    if (receiver instanceof Instant t && name.equals("Unix")) return t.getEpochSecond();
    throw unknown(name, receiver);
  }

  private static EvaluationError unknown(String name, Object receiver) {
    return new EvaluationError("unknown method " + name + "() on " + Values.describe(receiver));
  }

  private static EvaluationError cannot(String op, Object a, Object b) {
    return new EvaluationError(
        "cannot apply \"" + op + "\" to " + describe(a) + " and " + describe(b));
  }

  private static String describe(Object value) {
    return Values.describe(value == Void.class ? null : value);
  }

  /** A duration as Go prints one: {@code 1h30m0s}, {@code 90s} as {@code 1m30s}, {@code 0s}. */
  static String render(Duration d) {
    if (d.isZero()) return "0s";
    String sign = d.isNegative() ? "-" : "";
    Duration abs = d.abs();
    long hours = abs.toHours();
    int minutes = abs.toMinutesPart();
    double seconds = abs.toSecondsPart() + abs.toNanosPart() / 1e9;
    String secs = Values.render(seconds) + "s";
    if (hours > 0) return sign + hours + "h" + minutes + "m" + secs;
    if (minutes > 0) return sign + minutes + "m" + secs;
    return sign + secs;
  }
}
