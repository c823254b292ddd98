package dev.wf.api.resource;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code jsonPath} output of a resource template, in kubectl's template form: text with paths in
 * braces, such as {@code {.metadata.name}} or {@code {.status.succeeded}/{.spec.completions}}.
 * Several values of one path ({@code [*]}) are joined by spaces and a missing field prints nothing,
 * as {@code kubectl get -o jsonpath} does. {@code range}, filters and recursive descent are
 * reported as unsupported.
 */
public final class JsonPathTemplate {
  private sealed interface Part permits Text, Path {}

  private record Text(String text) implements Part {}

  private record Path(List<PathSteps.Step> steps) implements Part {}

  private final List<Part> parts;

  private JsonPathTemplate(List<Part> parts) {
    this.parts = parts;
  }

  /**
   * Parses a template.
   *
   * @throws ConditionException at the unsupported or malformed part
   */
  public static JsonPathTemplate parse(String template) {
    var parts = new ArrayList<Part>();
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        parts.add(new Text(template.substring(at)));
        break;
      }
      if (open > at) parts.add(new Text(template.substring(at, open)));
      int close = template.indexOf('}', open);
      if (close < 0) throw new ConditionException("unclosed \"{\"", open);
      String inside = template.substring(open + 1, close);
      String path = inside.strip();
      int base = open + 1 + inside.indexOf(path);
      if (path.startsWith("$")) {
        path = path.substring(1);
        base++;
      }
      parts.add(new Path(PathSteps.parse(path, base)));
      at = close + 1;
    }
    return new JsonPathTemplate(parts);
  }

  /** The template's text for {@code object}. */
  public String evaluate(JsonNode object) {
    var out = new StringBuilder();
    for (Part part : parts) {
      switch (part) {
        case Text t -> out.append(t.text());
        case Path p -> out.append(values(object, p));
      }
    }
    return out.toString();
  }

  private static String values(JsonNode object, Path path) {
    var texts = new ArrayList<String>();
    for (JsonNode value : PathSteps.select(object, path.steps())) {
      if (!value.isNull()) texts.add(ObjectPath.text(value));
    }
    return String.join(" ", texts);
  }
}
