package dev.wf.api.expr;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Argo's {@code {{...}}} templating: plain references ({@code {{inputs.parameters.x}}}) and
 * expressions ({@code {{=asInt(inputs.parameters.x) + 1}}}). Variables come as a flat map from the
 * dotted name to its string value ({@code "steps.a.outputs.result" -> "42"}); expressions see them
 * as nested objects, and a value that is JSON is read as JSON.
 */
public final class Templating {
  private Templating() {}

  /** Every {@code {{...}}} in {@code text}, in order. */
  public static List<Reference> references(String text) {
    throw new UnsupportedOperationException("TODO(#2): expr helper implements this");
  }

  /**
   * Replaces every reference; throws {@link UnresolvedVariableException} naming all it cannot
   * resolve.
   */
  public static String substitute(String text, Map<String, String> vars) {
    throw new UnsupportedOperationException("TODO(#2): expr helper implements this");
  }

  /** Substitutes every string value (never a key) in a JSON tree, returning a new tree. */
  public static JsonNode substituteTree(JsonNode tree, Map<String, String> vars) {
    throw new UnsupportedOperationException("TODO(#2): expr helper implements this");
  }

  /**
   * One {@code {{...}}}: {@code body} is the trimmed text between the braces without a leading
   * {@code =}; {@code expression} tells whether it had one; offsets span the braces.
   */
  public record Reference(int start, int end, String body, boolean expression) {}
}
