package dev.wf.api.expr;

/**
 * Evaluates a {@code when} condition after substitution, as Argo does (govaluate syntax: {@code ==
 * != < > <= >= =~ !~ && || !}, parentheses, numbers, quoted strings, bare words as strings).
 */
public final class Conditions {
  private Conditions() {}

  /**
   * True or false; a malformed condition throws {@link ExpressionException} naming the token. A
   * blank condition is true (no condition).
   */
  public static boolean evaluate(String condition) {
    if (condition == null || condition.isBlank()) return true;
    Object value = ConditionParser.evaluate(condition);
    if (value instanceof Boolean b) return b;
    throw ExpressionException.at(
        condition, 0, "condition must be true or false, got " + Values.describe(value) + ",");
  }
}
