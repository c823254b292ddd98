package dev.wf.api.expr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Sprig's string functions as Argo exposes them ({@code sprig.trim(s)}). Sprig puts the data last:
 * {@code sprig.replace(old, new, s)}, {@code sprig.hasPrefix(prefix, s)}, {@code sprig.trunc(n,
 * s)}.
 */
final class SprigStrings {
  private SprigStrings() {}

  static void register(Map<String, ExprFunction> f) {
    f.put("trim", a -> a.expect(1, 1).text(0).strip());
    f.put("trimAll", a -> CoreFunctions.trimCutset(a.expect(2, 2).text(1), a.text(0)));
    f.put("trimPrefix", a -> CoreFunctions.trimPrefix(a.expect(2, 2).text(1), a.text(0)));
    f.put("trimSuffix", a -> CoreFunctions.trimSuffix(a.expect(2, 2).text(1), a.text(0)));
    f.put("upper", a -> a.expect(1, 1).text(0).toUpperCase());
    f.put("lower", a -> a.expect(1, 1).text(0).toLowerCase());
    f.put("title", a -> title(a.expect(1, 1).text(0)));
    f.put("replace", a -> a.expect(3, 3).text(2).replace(a.text(0), a.text(1)));
    f.put("contains", a -> a.expect(2, 2).text(1).contains(a.text(0)));
    f.put("hasPrefix", a -> a.expect(2, 2).text(1).startsWith(a.text(0)));
    f.put("hasSuffix", a -> a.expect(2, 2).text(1).endsWith(a.text(0)));
    f.put("repeat", a -> a.expect(2, 2).text(1).repeat((int) Math.max(0, a.integer(0))));
    f.put("substr", a -> substr(a.expect(3, 3)));
    f.put("trunc", a -> trunc(a.expect(2, 2).integer(0), a.text(1)));
    f.put("nospace", a -> a.expect(1, 1).text(0).replaceAll("\\s+", ""));
    f.put("quote", a -> quoted(a, "\"", true));
    f.put("squote", a -> quoted(a, "'", false));
    f.put("cat", a -> quoted(a, "", false));
    f.put("indent", a -> indent(a.expect(2, 2).integer(0), a.text(1)));
    f.put("nindent", a -> "\n" + indent(a.expect(2, 2).integer(0), a.text(1)));
    f.put("split", a -> split(a.expect(2, 2).text(0), a.text(1)));
    f.put("splitList", a -> CoreFunctions.split(a.expect(2, 2).text(1), a.text(0)));
    f.put("b64enc", a -> CoreFunctions.encode(a.expect(1, 1).text(0)));
    f.put("b64dec", a -> CoreFunctions.decode(a.expect(1, 1).text(0)));
    f.put("sha256sum", a -> digest("SHA-256", a.expect(1, 1).text(0)));
    f.put("sha1sum", a -> digest("SHA-1", a.expect(1, 1).text(0)));
    f.put("regexMatch", a -> regex(a.expect(2, 2).text(0)).matcher(a.text(1)).find());
    f.put("regexFind", a -> regexFind(a.expect(2, 2)));
    f.put("regexFindAll", a -> regexFindAll(a.expect(3, 3)));
    f.put("regexReplaceAll", a -> regexReplace(a.expect(3, 3)));
    f.put("regexReplaceAllLiteral", a -> regexLiteral(a.expect(3, 3)));
    f.put("regexSplit", a -> regexSplit(a.expect(3, 3)));
  }

  private static String title(String s) {
    var out = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      out.append(start ? Character.toTitleCase(c) : c);
      start = !Character.isLetterOrDigit(c);
    }
    return out.toString();
  }

  private static String substr(Args a) {
    String s = a.text(2);
    long start = a.integer(0);
    long end = a.integer(1);
    if (start < 0) return s.substring(0, (int) Math.min(Math.max(end, 0), s.length()));
    if (start > s.length()) return "";
    if (end < 0 || end > s.length()) return s.substring((int) start);
    return start > end ? "" : s.substring((int) start, (int) end);
  }

  private static String trunc(long count, String s) {
    if (count < 0 && s.length() + count > 0) return s.substring((int) (s.length() + count));
    if (count >= 0 && s.length() > count) return s.substring(0, (int) count);
    return s;
  }

  /** Joins the non-nil arguments with spaces, each wrapped in {@code quote}. */
  private static String quoted(Args a, String quote, boolean escape) {
    var parts = new ArrayList<String>();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) == null) continue;
      String text = a.text(i);
      if (escape) text = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
      parts.add(quote + text + quote);
    }
    return String.join(" ", parts);
  }

  private static String indent(long spaces, String s) {
    String pad = " ".repeat((int) Math.max(0, spaces));
    return pad + s.replace("\n", "\n" + pad);
  }

  /** Sprig's {@code split}: a map from {@code _0}, {@code _1}, ... to the parts. */
  private static Map<String, Object> split(String separator, String s) {
    var parts = new LinkedHashMap<String, Object>();
    var list = CoreFunctions.split(s, separator);
    for (int i = 0; i < list.size(); i++) parts.put("_" + i, list.get(i));
    return parts;
  }

  private static String digest(String algorithm, String s) {
    try {
      byte[] hash = MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new EvaluationError(algorithm + " is not available");
    }
  }

  private static Pattern regex(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new EvaluationError("invalid regular expression \"" + pattern + "\"");
    }
  }

  private static String regexFind(Args a) {
    Matcher m = regex(a.text(0)).matcher(a.text(1));
    return m.find() ? m.group() : "";
  }

  private static List<Object> regexFindAll(Args a) {
    Matcher m = regex(a.text(0)).matcher(a.text(1));
    long limit = a.integer(2);
    var found = new ArrayList<Object>();
    while ((limit < 0 || found.size() < limit) && m.find()) found.add(m.group());
    return found;
  }

  /** Replaces every match, expanding Go-style {@code $1}, {@code ${1}} and {@code ${name}}. */
  private static String regexReplace(Args a) {
    Matcher m = regex(a.text(0)).matcher(a.text(1));
    var out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(expand(m, a.text(2))));
    m.appendTail(out);
    return out.toString();
  }

  private static String expand(Matcher m, String template) {
    var out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
      } else if (template.charAt(i + 1) == '$') {
        out.append('$');
        i++;
      } else if (template.charAt(i + 1) == '{' && template.indexOf('}', i) > 0) {
        int end = template.indexOf('}', i);
        out.append(group(m, template.substring(i + 2, end)));
        i = end;
      } else {
        int end = i + 1;
        while (end < template.length()
            && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
          end++;
        }
        out.append(group(m, template.substring(i + 1, end)));
        i = end - 1;
      }
    }
    return out.toString();
  }

  /** A group by number or name; like Go, one that does not exist is empty. */
  private static String group(Matcher m, String name) {
    try {
      String value =
          name.chars().allMatch(Character::isDigit) && !name.isEmpty()
              ? (Integer.parseInt(name) <= m.groupCount() ? m.group(Integer.parseInt(name)) : null)
              : m.group(name);
      return value == null ? "" : value;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String regexLiteral(Args a) {
    return regex(a.text(0)).matcher(a.text(1)).replaceAll(Matcher.quoteReplacement(a.text(2)));
  }

  private static List<Object> regexSplit(Args a) {
    long limit = a.integer(2);
    String[] parts = regex(a.text(0)).split(a.text(1), limit < 0 ? -1 : (int) limit);
    return new ArrayList<>(List.of((Object[]) parts));
  }
}
