package dev.wf.api.parse;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

/** Names Java target types and JSON tokens the way a YAML author thinks of them, for messages. */
final class TypeNames {
  private TypeNames() {}

  /** "a list", "a mapping", "a string", "an integer", ... */
  static String expected(JavaType type) {
    if (type.isCollectionLikeType() || type.isArrayType()) return "a list";
    if (type.isMapLikeType()) return "a mapping";
    return expected(type.getRawClass());
  }

  static String expected(Class<?> raw) {
    if (raw == String.class) return "a string";
    if (raw == Integer.class || raw == Long.class || raw == Short.class || raw == int.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(raw) || raw == double.class) return "a number";
    if (raw == Boolean.class || raw == boolean.class) return "a boolean (true or false)";
    if (Temporal.class.isAssignableFrom(raw)) return "a timestamp (RFC 3339)";
    if (raw.isEnum()) return "one of the known values";
    if (JsonNode.class.isAssignableFrom(raw)) return "a value";
    if (Collection.class.isAssignableFrom(raw)) return "a list";
    if (Map.class.isAssignableFrom(raw)) return "a mapping";
    return "a mapping";
  }

  /** What the document has at this place, from the token the reader stopped at. */
  static String found(JsonToken token) {
    if (token == null) return "nothing";
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "nothing";
      default -> "\"" + token.asString() + "\"";
    };
  }
}
