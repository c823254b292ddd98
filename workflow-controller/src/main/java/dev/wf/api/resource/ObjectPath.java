package dev.wf.api.resource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * A dotted path into a Kubernetes object as Argo's conditions read it (gjson's syntax): keys
 * separated by {@code .}, a number selects an array element, {@code #} is an array's length, and
 * {@code \} escapes a dot inside a key ({@code metadata.labels.app\.kubernetes\.io/name}). The
 * value is text: a string as is, a number in its shortest form, {@code true}/{@code false}, an
 * object or array as JSON, {@code null} as the empty string.
 */
public final class ObjectPath {
  private ObjectPath() {}

  /** The value at {@code path} as text, or empty when there is nothing there. */
  public static Optional<String> lookup(JsonNode object, String path) {
    JsonNode current = object;
    for (String key : keys(path)) {
      current = step(current, key);
      if (current == null || current.isMissingNode()) return Optional.empty();
    }
    return Optional.of(text(current));
  }

  private static JsonNode step(JsonNode node, String key) {
    if (node.isArray()) {
      if (key.equals("#")) return IntNode.valueOf(node.size());
      if (!key.chars().allMatch(Character::isDigit) || key.isEmpty()) return null;
      return key.length() > 9 ? null : node.get(Integer.parseInt(key));
    }
    return node.isObject() ? node.get(key) : null;
  }

  private static List<String> keys(String path) {
    var keys = new ArrayList<String>();
    var key = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        key.append(path.charAt(++i));
      } else if (c == '.') {
        keys.add(key.toString());
        key.setLength(0);
      } else {
        key.append(c);
      }
    }
    keys.add(key.toString());
    return keys;
  }

  /** A value as conditions and outputs see it: strings unquoted, anything else as JSON. */
  static String text(JsonNode value) {
    if (value.isTextual()) return value.textValue();
    if (value.isNull()) return "";
    if (value.isNumber()) {
      if (value.isIntegralNumber()) return value.bigIntegerValue().toString();
      return new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
