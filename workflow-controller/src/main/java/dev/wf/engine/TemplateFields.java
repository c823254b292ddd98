package dev.wf.engine;

import java.time.Duration;
import java.util.Map;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Durations;

/**
 * Reads a template field that may use {@code {{...}}} ({@code timeout}, {@code
 * retryStrategy.limit}, ...): substituted with the node's variables, then parsed. Every failure is
 * an {@link IllegalArgumentException} whose message names the field, so the node can fail with it.
 */
final class TemplateFields {
  private TemplateFields() {}

  /** The substituted text of a field. */
  static String text(String field, String text, Map<String, String> vars) {
    try {
      return Templating.substitute(text, vars).trim();
    } catch (UnresolvedVariableException | ExpressionException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  /** A duration: plain seconds ({@code "30"}) or a Go duration ({@code "1m30s"}). */
  static Duration duration(String field, String text, Map<String, String> vars) {
    String value = text(field, text, vars);
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  /** A whole number, such as a retry limit. */
  static long wholeNumber(String field, String text, Map<String, String> vars) {
    String value = text(field, text, vars);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": \"" + value + "\" is not a whole number", e);
    }
  }

  /** A number, such as a backoff factor. */
  static double number(String field, String text, Map<String, String> vars) {
    String value = text(field, text, vars);
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": \"" + value + "\" is not a number", e);
    }
  }
}
