package dev.wf.api.resource;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The path part shared by {@code jsonPath} and {@code jqFilter}: {@code .key}, {@code ."key"},
 * {@code ['key']} or {@code ["key"]}, {@code [n]} (negative from the end), and {@code [*]}, {@code
 * []} or {@code .*} for every element. Anything else is reported as unsupported.
 */
final class PathSteps {
  /** A key, a position, or every element ({@code key} and {@code index} both null). */
  record Step(String key, Integer index) {
    boolean all() {
      return key == null && index == null;
    }
  }

  private final String text;
  private final int base;
  private int at;

  private PathSteps(String text, int base) {
    this.text = text;
    this.base = base;
  }

  /**
   * The steps of {@code path}; {@code base} is where it starts in the text the user wrote, for the
   * offset of errors.
   */
  static List<Step> parse(String path, int base) {
    var parser = new PathSteps(path, base);
    var steps = new ArrayList<Step>();
    while (parser.at < path.length()) {
      Step step = parser.step();
      if (step != null) steps.add(step);
    }
    return steps;
  }

  /** What the steps select; a missing key or position selects {@code null}. */
  static List<JsonNode> select(JsonNode root, List<Step> steps) {
    List<JsonNode> current = List.of(root);
    for (Step step : steps) {
      var next = new ArrayList<JsonNode>();
      for (JsonNode node : current) apply(step, node, next);
      current = next;
    }
    return current;
  }

  private static void apply(Step step, JsonNode node, List<JsonNode> out) {
    if (step.all()) {
      if (!node.isContainerNode()) {
        throw new IllegalArgumentException("cannot iterate over " + node.getNodeType());
      }
      node.elements().forEachRemaining(out::add);
    } else if (step.key() != null) {
      JsonNode value = node.isObject() ? node.get(step.key()) : null;
      out.add(value == null ? NullNode.instance : value);
    } else {
      int i = node.isArray() && step.index() < 0 ? node.size() + step.index() : step.index();
      JsonNode value = node.isArray() && i >= 0 ? node.get(i) : null;
      out.add(value == null ? NullNode.instance : value);
    }
  }

  /** The next step, or null for a lone {@code .} (the value itself). */
  private Step step() {
    char c = text.charAt(at);
    if (c == '[') return bracket();
    if (c != '.') throw unsupported();
    at++;
    if (at >= text.length()) return null;
    char first = text.charAt(at);
    if (first == '[') return bracket();
    if (first == '*') {
      at++;
      return new Step(null, null);
    }
    if (first == '"') return new Step(quoted('"'), null);
    int start = at;
    while (at < text.length() && isKeyChar(text.charAt(at))) at++;
    if (at == start) throw unsupported();
    return new Step(text.substring(start, at), null);
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '$';
  }

  private Step bracket() {
    at++;
    int close = text.indexOf(']', at);
    if (close < 0) throw unsupported();
    String inside = text.substring(at, close).strip();
    Step step;
    if (inside.isEmpty() || inside.equals("*")) {
      step = new Step(null, null);
    } else if (inside.matches("-?\\d{1,9}")) {
      step = new Step(null, Integer.parseInt(inside));
    } else if (inside.length() >= 2
        && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
        && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
      step = new Step(inside.substring(1, inside.length() - 1), null);
    } else {
      throw unsupported();
    }
    at = close + 1;
    return step;
  }

  private String quoted(char quote) {
    int close = text.indexOf(quote, at + 1);
    if (close < 0) throw unsupported();
    String key = text.substring(at + 1, close);
    at = close + 1;
    return key;
  }

  private ConditionException unsupported() {
    return new ConditionException(
        "unsupported at \""
            + text.substring(at)
            + "\": wf reads only paths (.key, [n], [*], ['key'])",
        base + at);
  }
}
