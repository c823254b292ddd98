package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Argo's {@code {{...}}} templating: plain references ({@code {{inputs.parameters.x}}}) and
 * expressions ({@code {{=asInt(inputs.parameters.x) + 1}}}). Variables come as a flat map from the
 * dotted name to its string value ({@code "steps.a.outputs.result" -> "42"}); expressions see them
 * as nested objects, and a value that is JSON is read as JSON.
 */
public final class Templating {
  private Templating() {}

  /**
   * Every {@code {{...}}} in {@code text}, in order. An expression ends at the first {@code }}}
   * outside its strings and braces; a {@code {{} without a closing {@code }}} is plain text.
   */
  public static List<Reference> references(String text) {
    var references = new ArrayList<Reference>();
    int from = 0;
    while (true) {
      int start = text.indexOf("{{", from);
      if (start < 0) return references;
      boolean expression = text.startsWith("{{=", start);
      int end = expression ? ExpressionEnd.find(text, start + 3) : text.indexOf("}}", start + 2);
      if (end < 0) return references;
      String body = text.substring(start + (expression ? 3 : 2), end).strip();
      references.add(new Reference(start, end + 2, body, expression));
      from = end + 2;
    }
  }

  /**
   * Replaces every reference; throws {@link UnresolvedVariableException} naming all it cannot
   * resolve.
   */
  public static String substitute(String text, Map<String, String> vars) {
    var references = references(text);
    if (references.isEmpty()) return text;
    var out = new StringBuilder();
    Set<String> unresolved = new LinkedHashSet<>();
    int last = 0;
    for (Reference ref : references) {
      out.append(text, last, ref.start());
      last = ref.end();
      if (ref.expression()) {
        try {
          out.append(Expression.parse(ref.body()).render(vars));
        } catch (UnresolvedVariableException e) {
          unresolved.addAll(e.names());
        }
      } else {
        String value = SimpleReference.lookup(vars, ref.body());
        if (value == null) unresolved.add(ref.body());
        else out.append(value);
      }
    }
    if (!unresolved.isEmpty()) throw UnresolvedVariableException.of(unresolved, "");
    return out.append(text, last, text.length()).toString();
  }

  /** Substitutes every string value (never a key) in a JSON tree, returning a new tree. */
  public static JsonNode substituteTree(JsonNode tree, Map<String, String> vars) {
    if (tree == null) return null;
    Set<String> unresolved = new LinkedHashSet<>();
    JsonNode copy = copy(tree, vars, unresolved);
    if (!unresolved.isEmpty()) throw UnresolvedVariableException.of(unresolved, "");
    return copy;
  }

  private static JsonNode copy(JsonNode node, Map<String, String> vars, Set<String> unresolved) {
    var nodes = JsonNodeFactory.instance;
    if (node.isTextual()) {
      try {
        return nodes.textNode(substitute(node.textValue(), vars));
      } catch (UnresolvedVariableException e) {
        unresolved.addAll(e.names());
        return node;
      }
    }
    if (node.isArray()) {
      ArrayNode array = nodes.arrayNode();
      node.forEach(item -> array.add(copy(item, vars, unresolved)));
      return array;
    }
    if (node.isObject()) {
      ObjectNode object = nodes.objectNode();
      node.properties().forEach(e -> object.set(e.getKey(), copy(e.getValue(), vars, unresolved)));
      return object;
    }
    return node.deepCopy();
  }

  /**
   * One {@code {{...}}}: {@code body} is the trimmed text between the braces without a leading
   * {@code =}; {@code expression} tells whether it had one; offsets span the braces.
   */
  public record Reference(int start, int end, String body, boolean expression) {}
}
