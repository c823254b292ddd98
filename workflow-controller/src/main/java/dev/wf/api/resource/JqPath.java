package dev.wf.api.resource;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code jqFilter} output of a resource template, for the filters that are paths: {@code .},
 * {@code .status.phase}, {@code .items[0]}, {@code .items[]}, {@code .["a.b"]}. Each result is one
 * line: a string as is, anything else as compact JSON (a missing field is {@code null}), as jq
 * prints with {@code -r}. Pipes, functions and other jq syntax are reported as unsupported.
 */
public final class JqPath {
  private final List<PathSteps.Step> steps;

  private JqPath(List<PathSteps.Step> steps) {
    this.steps = steps;
  }

  /**
   * Parses a filter.
   *
   * @throws ConditionException at the unsupported part
   */
  public static JqPath parse(String filter) {
    String path = filter.strip();
    int base = filter.indexOf(path);
    if (!path.startsWith(".")) {
      throw new ConditionException(
          "unsupported jq filter: wf reads only paths (., .key, .key[n], .key[])", base);
    }
    return new JqPath(PathSteps.parse(path, base));
  }

  /**
   * The filter's output for {@code object}.
   *
   * @throws IllegalArgumentException when it iterates over something that is not an array or object
   */
  public String evaluate(JsonNode object) {
    var lines = new ArrayList<String>();
    for (JsonNode value : PathSteps.select(object, steps)) {
      lines.add(
          value.isContainerNode() || value.isNull() ? value.toString() : ObjectPath.text(value));
    }
    return String.join("\n", lines).strip();
  }
}
