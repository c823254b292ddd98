package dev.wf.api.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts between JSON text and expression values (null, Boolean, Long, Double, String, List,
 * Map). Integral numbers are written without a fraction, as Go writes them.
 */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final double MAX_EXACT = 9007199254740992d;

  private Json() {}

  /** True when {@code text} looks like a JSON object or array (and so is read as one). */
  static boolean looksLikeStructure(String text) {
    String t = text.strip();
    return (t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"));
  }

  /** Parses JSON text into a value; not JSON is an error. */
  static Object parse(String text) {
    try {
      return fromNode(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      throw new EvaluationError("not valid JSON: " + abbreviate(text));
    }
  }

  static Object fromNode(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (node.isBoolean()) return node.booleanValue();
    if (node.isIntegralNumber() && node.canConvertToLong()) return node.longValue();
    if (node.isNumber()) return node.doubleValue();
    if (node.isTextual()) return node.textValue();
    if (node.isArray()) {
      var list = new ArrayList<Object>();
      node.forEach(item -> list.add(fromNode(item)));
      return list;
    }
    var map = new LinkedHashMap<String, Object>();
    node.properties().forEach(e -> map.put(e.getKey(), fromNode(e.getValue())));
    return map;
  }

  static JsonNode toNode(Object value) {
    Object plain = Values.plain(value);
    return switch (plain) {
      case null -> NODES.nullNode();
      case Boolean b -> NODES.booleanNode(b);
      case Long l -> NODES.numberNode(l);
      case Double d -> isExactInteger(d) ? NODES.numberNode(d.longValue()) : NODES.numberNode(d);
      case String s -> NODES.textNode(s);
      case List<?> list -> array(list);
      case Map<?, ?> map -> object(map);
      default -> NODES.textNode(Values.render(plain));
    };
  }

  private static ArrayNode array(List<?> list) {
    ArrayNode array = NODES.arrayNode();
    list.forEach(item -> array.add(toNode(item)));
    return array;
  }

  private static ObjectNode object(Map<?, ?> map) {
    ObjectNode object = NODES.objectNode();
    map.forEach((key, item) -> object.set(String.valueOf(key), toNode(item)));
    return object;
  }

  /** Compact JSON, as {@code toJson} produces it. */
  static String write(Object value) {
    return toNode(value).toString();
  }

  static boolean isExactInteger(double d) {
    return d == Math.rint(d) && Math.abs(d) <= MAX_EXACT;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
