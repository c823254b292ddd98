package dev.wf.api.resource;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One requirement of a condition, as a Kubernetes label selector has them, but over a path of the
 * object ({@link ObjectPath}) instead of a label: {@code path}, {@code !path}, {@code path = v},
 * {@code path == v}, {@code path != v}, {@code path in (a, b)}, {@code path notin (a, b)}, {@code
 * path > n}, {@code path < n} (integers). {@code values} are sorted, as Kubernetes keeps them.
 */
public record Requirement(String path, Operator operator, List<String> values) {
  public Requirement {
    values = values.stream().sorted().distinct().toList();
  }

  /** The operators, with the text Kubernetes prints for each. */
  public enum Operator {
    EXISTS(""),
    DOES_NOT_EXIST(""),
    EQUALS("="),
    DOUBLE_EQUALS("=="),
    NOT_EQUALS("!="),
    IN(" in "),
    NOT_IN(" notin "),
    GREATER_THAN(">"),
    LESS_THAN("<");

    private final String text;

    Operator(String text) {
      this.text = text;
    }
  }

  /** Whether the object meets this requirement; a missing path meets only the negative ones. */
  public boolean matches(JsonNode object) {
    var value = ObjectPath.lookup(object, path);
    return switch (operator) {
      case EXISTS -> value.isPresent();
      case DOES_NOT_EXIST -> value.isEmpty();
      case EQUALS, DOUBLE_EQUALS, IN -> value.isPresent() && values.contains(value.get());
      case NOT_EQUALS, NOT_IN -> value.isEmpty() || !values.contains(value.get());
      case GREATER_THAN, LESS_THAN -> value.isPresent() && compares(value.get());
    };
  }

  private boolean compares(String actual) {
    long found;
    try {
      found = Long.parseLong(actual);
    } catch (NumberFormatException e) {
      return false;
    }
    long bound = Long.parseLong(values.get(0));
    return operator == Operator.GREATER_THAN ? found > bound : found < bound;
  }

  /** As Kubernetes prints it: {@code status.failed>3}, {@code status.phase in (Error,Failed)}. */
  @Override
  public String toString() {
    return switch (operator) {
      case DOES_NOT_EXIST -> "!" + path;
      case EXISTS -> path;
      case IN, NOT_IN -> path + operator.text + "(" + String.join(",", values) + ")";
      default -> path + operator.text + values.get(0);
    };
  }
}
