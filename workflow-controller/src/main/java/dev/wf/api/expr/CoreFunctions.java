package dev.wf.api.expr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Argo's own expression functions ({@code asInt}, {@code asFloat}, {@code string}, {@code toJson},
 * {@code jsonpath}) and expr-lang's scalar and string built-ins.
 */
final class CoreFunctions {
  private CoreFunctions() {}

  static void register(Map<String, ExprFunction> f) {
    f.put("asInt", a -> asInt(a.expect(1, 1)));
    f.put("int", a -> asInt(a.expect(1, 1)));
    f.put("asFloat", a -> asFloat(a.expect(1, 1)));
    f.put("float", a -> asFloat(a.expect(1, 1)));
    f.put("string", a -> a.expect(1, 1).text(0));
    f.put("toJson", a -> Json.write(a.expect(1, 1).get(0)));
    f.put("toJSON", a -> Json.write(a.expect(1, 1).get(0)));
    f.put("fromJSON", a -> Json.parse(a.expect(1, 1).string(0)));
    f.put("jsonpath", a -> jsonpath(a.expect(2, 2)));
    f.put("len", a -> length(a.expect(1, 1)));
    f.put("type", a -> Values.typeName(Values.plain(a.expect(1, 1).get(0))));
    f.put("upper", a -> a.expect(1, 1).string(0).toUpperCase());
    f.put("lower", a -> a.expect(1, 1).string(0).toLowerCase());
    f.put("trim", a -> trim(a.expect(1, 2)));
    f.put("trimPrefix", a -> trimPrefix(a.expect(2, 2).string(0), a.string(1)));
    f.put("trimSuffix", a -> trimSuffix(a.expect(2, 2).string(0), a.string(1)));
    f.put("hasPrefix", a -> a.expect(2, 2).string(0).startsWith(a.string(1)));
    f.put("hasSuffix", a -> a.expect(2, 2).string(0).endsWith(a.string(1)));
    f.put("split", a -> split(a.expect(2, 2).string(0), a.string(1)));
    f.put("replace", a -> a.expect(3, 3).string(0).replace(a.string(1), a.string(2)));
    f.put("repeat", a -> a.expect(2, 2).string(0).repeat((int) a.integer(1)));
    f.put("indexOf", a -> (long) a.expect(2, 2).string(0).indexOf(a.string(1)));
    f.put("lastIndexOf", a -> (long) a.expect(2, 2).string(0).lastIndexOf(a.string(1)));
    f.put("abs", a -> abs(a.expect(1, 1)));
    f.put("ceil", a -> Math.ceil(a.expect(1, 1).number(0)));
    f.put("floor", a -> Math.floor(a.expect(1, 1).number(0)));
    f.put("round", a -> (double) Math.round(a.expect(1, 1).number(0)));
    f.put("toBase64", a -> encode(a.expect(1, 1).string(0)));
    f.put("fromBase64", a -> decode(a.expect(1, 1).string(0)));
  }

  /** Argo's asInt: a whole number from a number or from its decimal text. */
  static long asInt(Args a) {
    Object value = a.get(0);
    if (value instanceof Long l) return l;
    if (value instanceof Double d) return d.longValue();
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw a.fail("cannot convert \"" + s + "\" to an integer");
      }
    }
    throw a.fail("cannot convert " + Values.describe(value) + " to an integer");
  }

  static double asFloat(Args a) {
    Object value = a.get(0);
    if (value instanceof Number n) return n.doubleValue();
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        throw a.fail("cannot convert \"" + s + "\" to a float");
      }
    }
    throw a.fail("cannot convert " + Values.describe(value) + " to a float");
  }

  private static Object jsonpath(Args a) {
    Object document = a.get(0) instanceof String s ? Json.parse(s) : Values.plain(a.get(0));
    return JsonPath.read(document, a.string(1));
  }

  private static long length(Args a) {
    return switch (Values.plain(a.get(0))) {
      case String s -> s.length();
      case List<?> list -> list.size();
      case Map<?, ?> map -> map.size();
      default ->
          throw a.fail("needs a string, an array or a map, got " + Values.describe(a.get(0)));
    };
  }

  private static String trim(Args a) {
    return a.size() == 1 ? a.string(0).strip() : trimCutset(a.string(0), a.string(1));
  }

  /** {@code s} without the leading and trailing characters that are in {@code cut}. */
  static String trimCutset(String s, String cut) {
    int start = 0;
    int end = s.length();
    while (start < end && cut.indexOf(s.charAt(start)) >= 0) start++;
    while (end > start && cut.indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(start, end);
  }

  static String trimPrefix(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  static String trimSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  /** Splits on every occurrence of {@code separator}, keeping empty parts, as Go does. */
  static List<Object> split(String s, String separator) {
    var parts = new ArrayList<Object>();
    if (separator.isEmpty()) {
      s.codePoints().forEach(c -> parts.add(Character.toString(c)));
      return parts;
    }
    int from = 0;
    for (int at = s.indexOf(separator); at >= 0; at = s.indexOf(separator, from)) {
      parts.add(s.substring(from, at));
      from = at + separator.length();
    }
    parts.add(s.substring(from));
    return parts;
  }

  private static Object abs(Args a) {
    Object value = a.get(0);
    if (value instanceof Long l) return Math.abs(l);
    return Math.abs(a.number(0));
  }

  static String encode(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String s) {
    try {
      return new String(Base64.getDecoder().decode(s.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new EvaluationError("not valid base64: \"" + s + "\"");
    }
  }
}
