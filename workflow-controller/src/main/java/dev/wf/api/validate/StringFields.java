package dev.wf.api.validate;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Visits every string value of a JSON tree (never a key) with its field path, e.g. {@code
 * spec.templates[0].container.args[1]}, so that fields added to the model later are covered.
 */
final class StringFields {
  private StringFields() {}

  /** What to do with one string: {@code field} is the name of the field that holds it. */
  @FunctionalInterface
  interface Visitor {
    void visit(String path, String field, String text);
  }

  static void walk(JsonNode node, String path, Visitor visitor) {
    walk(node, path, lastField(path), visitor);
  }

  private static void walk(JsonNode node, String path, String field, Visitor visitor) {
    if (node == null) return;
    if (node.isTextual()) {
      visitor.visit(path, field, node.textValue());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", field, visitor);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "." + e.getKey(), e.getKey(), visitor);
      }
    }
  }

  private static String lastField(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    return bracket < 0 ? last : last.substring(0, bracket);
  }
}
