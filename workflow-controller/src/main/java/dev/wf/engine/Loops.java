package dev.wf.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.expr.Templating;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Sequence;

/**
 * Expands {@code withItems}, {@code withParam} and {@code withSequence} into one call per item,
 * named as Argo names them ({@code step(0:value)}, {@code task(1:key:v,other:w)}), each with its
 * {@code item} variables.
 */
final class Loops {
  private Loops() {}

  /** One expanded item: its index, the text in its node name, and the {@code item...} variables. */
  record Item(int index, String description, Map<String, String> vars) {
    String name(String base) {
      return base + "(" + index + ":" + description + ")";
    }
  }

  static boolean loops(List<JsonNode> withItems, String withParam, Sequence withSequence) {
    return !withItems.isEmpty() || withParam != null || withSequence != null;
  }

  /** The items; {@code vars} resolves references in {@code withParam} and {@code withSequence}. */
  static List<Item> expand(
      List<JsonNode> withItems, String withParam, Sequence withSequence, Map<String, String> vars) {
    List<JsonNode> values = new ArrayList<>(withItems);
    if (withParam != null) values = parseList(Templating.substitute(withParam, vars));
    if (withSequence != null) return sequence(withSequence, vars);
    var items = new ArrayList<Item>();
    for (int i = 0; i < values.size(); i++) items.add(item(i, values.get(i)));
    return items;
  }

  private static List<JsonNode> parseList(String json) {
    try {
      JsonNode node = ModelJson.mapper().readTree(json);
      if (node == null || !node.isArray())
        throw new IllegalArgumentException(
            "withParam must be a JSON list, got: " + abbreviate(json));
      var list = new ArrayList<JsonNode>();
      node.forEach(list::add);
      return list;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("withParam is not valid JSON: " + abbreviate(json));
    }
  }

  private static Item item(int index, JsonNode value) {
    var vars = new TreeMap<String, String>();
    if (value.isObject()) {
      vars.put("item", value.toString());
      var description = new StringBuilder();
      var sorted = new TreeMap<String, JsonNode>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        var field = it.next();
        sorted.put(field.getKey(), field.getValue());
      }
      sorted.forEach(
          (key, v) -> {
            vars.put("item." + key, text(v));
            if (description.length() > 0) description.append(',');
            description.append(key).append(':').append(text(v));
          });
      return new Item(index, description.toString(), vars);
    }
    vars.put("item", text(value));
    return new Item(index, text(value), vars);
  }

  private static List<Item> sequence(Sequence seq, Map<String, String> vars) {
    long start = number(seq.start(), 0, vars);
    long end;
    if (seq.count() != null) {
      long count = number(seq.count(), 0, vars);
      if (count == 0) return List.of();
      end = start + count - 1;
    } else {
      end = number(seq.end(), 0, vars);
    }
    var items = new ArrayList<Item>();
    long step = end >= start ? 1 : -1;
    int index = 0;
    for (long n = start; step > 0 ? n <= end : n >= end; n += step) {
      String text =
          seq.format() != null ? String.format(goFormat(seq.format()), n) : Long.toString(n);
      items.add(new Item(index++, text, Map.of("item", text)));
    }
    return items;
  }

  private static long number(String text, long fallback, Map<String, String> vars) {
    if (text == null || text.isBlank()) return fallback;
    String value = Templating.substitute(text, vars).trim();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("withSequence needs whole numbers, got \"" + value + "\"");
    }
  }

  /** Go's printf verbs as Java's: %d, %02d, %x and %s mean the same; %v is %s. */
  private static String goFormat(String format) {
    return format.replace("%v", "%s");
  }

  private static String text(JsonNode v) {
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
