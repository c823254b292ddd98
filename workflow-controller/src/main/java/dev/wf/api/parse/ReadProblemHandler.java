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

  /**
   * One problem; {@code lossy} when a value given in the document could not be kept. A problem
   * without a message is a consequence of one reported elsewhere.
   */
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
    // Records buffer unknown fields and replay them from a parser of their own, after the record's
    // object has been read; the reading parser then still knows where that object is.
    var path =
        p == ctxt.getParser()
            ? pathOf(p)
            : FieldPath.child(objectPath(ctxt.getParser()), propertyName);
    problems.add(new ReadProblem(path, unknownField(propertyName, allowed), false));
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

  /**
   * A record that cannot be built. Records copy their lists, so a null item fails them; such items
   * are empty YAML items or values already reported as unreadable, so this only marks the document
   * as not readable. Anything else is reported.
   */
  @Override
  public Object handleInstantiationProblem(
      DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
    var root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    var message =
        root instanceof NullPointerException
            ? null
            : "cannot read this value: " + (root.getMessage() == null ? root : root.getMessage());
    problems.add(new ReadProblem(objectPath(ctxt.getParser()), message, true));
    return null;
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
    return pathFrom(context);
  }

  /**
   * The field path of the object whose fields the parser has just read: it stands at the object's
   * end, or at a field name inside it.
   */
  static String objectPath(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    if (p.currentToken() == JsonToken.FIELD_NAME && context.getParent() != null) {
      context = context.getParent();
    }
    return pathFrom(context);
  }

  private static String pathFrom(JsonStreamContext context) {
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
