package dev.wf.api.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Parameter;

/**
 * A node field selector as Argo's {@code --node-field-selector} takes it: terms joined by commas,
 * all of which must hold, each {@code field=value} (or {@code ==}) or {@code field!=value}; a
 * backslash escapes a comma, {@code =}, {@code !} or itself in a value. Fields are {@code
 * displayName}, {@code name}, {@code id}, {@code templateName}, {@code phase}, {@code
 * templateRef.name}, {@code templateRef.template} and {@code inputs.parameters.NAME.value}; a field
 * a node lacks reads as empty. The empty selector matches every node.
 */
public final class NodeFieldSelector {
  /** Matches every node. */
  public static final NodeFieldSelector ALL = new NodeFieldSelector("", List.of());

  private static final Set<String> FIELDS =
      Set.of(
          "displayName",
          "name",
          "id",
          "templateName",
          "phase",
          "templateRef.name",
          "templateRef.template");
  private static final Pattern INPUT = Pattern.compile("inputs\\.parameters\\.([^.]+)\\.value");

  private final String text;
  private final List<Term> terms;

  private record Term(String field, boolean equal, String value) {}

  private NodeFieldSelector(String text, List<Term> terms) {
    this.text = text;
    this.terms = List.copyOf(terms);
  }

  /**
   * The selector {@code text} stands for; null or blank is {@link #ALL}. A term without an
   * operator, with an empty field or with an unknown field throws {@link IllegalArgumentException}
   * saying so.
   */
  public static NodeFieldSelector parse(String text) {
    if (text == null || text.isBlank()) return ALL;
    var terms = new ArrayList<Term>();
    for (String part : split(text)) terms.add(term(part));
    return new NodeFieldSelector(text, terms);
  }

  /** Whether every term holds for {@code node}. */
  public boolean matches(NodeStatus node) {
    for (Term term : terms) {
      if (value(node, term.field()).equals(term.value()) != term.equal()) return false;
    }
    return true;
  }

  /** True for the selector that matches every node. */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }

  /** The terms of a selector: its text split at commas that are not escaped. */
  private static List<String> split(String text) {
    var parts = new ArrayList<String>();
    var current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == ',') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static Term term(String part) {
    int at = operator(part);
    if (at < 0) throw invalid(part, "expected FIELD=VALUE or FIELD!=VALUE");
    boolean equal = part.charAt(at) == '=';
    int valueStart = at + (part.startsWith("!=", at) || part.startsWith("==", at) ? 2 : 1);
    String field = part.substring(0, at).strip();
    if (field.isEmpty()) throw invalid(part, "the field name is missing");
    if (!FIELDS.contains(field) && !INPUT.matcher(field).matches()) {
      throw invalid(
          part,
          "unknown field \""
              + field
              + "\" (known: "
              + String.join(", ", FIELDS.stream().sorted().toList())
              + ", inputs.parameters.NAME.value)");
    }
    return new Term(field, equal, unescape(part.substring(valueStart).strip()));
  }

  /** Where the first unescaped {@code =} or {@code !=} starts, or -1. */
  private static int operator(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '=' || (c == '!' && part.startsWith("!=", i))) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String value) {
    var out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) c = value.charAt(++i);
      out.append(c);
    }
    return out.toString();
  }

  private static IllegalArgumentException invalid(String part, String why) {
    return new IllegalArgumentException("invalid node field selector \"" + part + "\": " + why);
  }

  private static String value(NodeStatus node, String field) {
    String value =
        switch (field) {
          case "displayName" -> node.displayName();
          case "name" -> node.name();
          case "id" -> node.id();
          case "phase" -> node.phase() == null ? null : node.phase().label();
          case "templateName" ->
              node.templateRef() != null ? node.templateRef().template() : node.templateName();
          case "templateRef.name" -> node.templateRef() == null ? null : node.templateRef().name();
          case "templateRef.template" ->
              node.templateRef() == null ? null : node.templateRef().template();
          default -> input(node, field);
        };
    return value == null ? "" : value;
  }

  private static String input(NodeStatus node, String field) {
    var matcher = INPUT.matcher(field);
    if (!matcher.matches() || node.inputs() == null) return null;
    return node.inputs().parameter(matcher.group(1)).map(Parameter::value).orElse(null);
  }
}
