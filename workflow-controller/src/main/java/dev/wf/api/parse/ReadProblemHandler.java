package dev.wf.api.parse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;

/**
 * Collects every problem Jackson meets while reading a document into records, instead of stopping
 * at the first: unknown fields (skipped, with a suggestion) and values of the wrong type (read as
 * absent). Each problem carries the field path where it happened.
 */
final class ReadProblemHandler extends DeserializationProblemHandler {
  private static final int LISTED_FIELDS = 8;

  /** One problem; {@code lossy} when a value given in the document could not be kept. */
  record ReadProblem(String path, String message, boolean lossy) {}

  private final List<ReadProblem> problems = new ArrayList<>();

  List<ReadProblem> problems() {
    return List.copyOf(problems);
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    var allowed = new ArrayList<String>();
    deserializer.getKnownPropertyNames().forEach(n -> allowed.add(String.valueOf(n)));
    allowed.sort(null);
    problems.add(new ReadProblem(pathOf(p), unknownField(propertyName, allowed), false));
    p.skipChildren();
    return true;
  }

  static String unknownField(String name, List<String> allowed) {
    var message = new StringBuilder("unknown field \"").append(name).append('"');
    Suggestions.closest(name, allowed)
        .ifPresent(s -> message.append("; did you mean \"").append(s).append("\"?"));
    if (allowed.size() <= LISTED_FIELDS) {
      message.append(" (allowed: ").append(String.join(", ", allowed)).append(')');
    }
    return message.toString();
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failure)
      throws IOException {
    var token = t != null ? t : p.currentToken();
    wrongType(pathOf(p), TypeNames.expected(targetType), TypeNames.found(token));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String value, String failure) {
    wrongType(pathOf(ctxt.getParser()), TypeNames.expected(targetType), "\"" + value + "\"");
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number value, String failure) {
    wrongType(pathOf(ctxt.getParser()), TypeNames.expected(targetType), String.valueOf(value));
    return null;
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator instantiator,
      JsonParser p,
      String msg)
      throws IOException {
    wrongType(pathOf(p), TypeNames.expected(instClass), TypeNames.found(p.currentToken()));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleInstantiationProblem(
      DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
    var path = pathOf(ctxt.getParser());
    // A value already reported as unreadable is left out, which can leave a hole in a list.
    boolean consequence = problems.stream().anyMatch(p -> p.lossy() && within(p.path(), path));
    if (!consequence) {
      var message =
          t instanceof NullPointerException
              ? "a list here has an empty item; remove it or give it a value"
              : "cannot read this value: " + rootMessage(t);
      problems.add(new ReadProblem(path, message, true));
    }
    return null;
  }

  private static boolean within(String path, String ancestor) {
    return ancestor.isEmpty()
        || path.equals(ancestor)
        || path.startsWith(ancestor + ".")
        || path.startsWith(ancestor + "[");
  }

  private static String rootMessage(Throwable t) {
    var root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private void wrongType(String path, String expected, String found) {
    problems.add(new ReadProblem(path, "expected " + expected + ", found " + found, true));
  }

  /** The field path of the value the parser is at (for a start token, the value it opens). */
  static String pathOf(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    var token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    var contexts = new ArrayDeque<JsonStreamContext>();
    for (var c = context; c != null && !c.inRoot(); c = c.getParent()) contexts.push(c);
    var path = "";
    for (var c : contexts) {
      if (c.inArray()) {
        path = FieldPath.index(path, Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null) {
        path = FieldPath.child(path, c.getCurrentName());
      }
    }
    return path;
  }
}
