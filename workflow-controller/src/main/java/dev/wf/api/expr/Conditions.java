package dev.wf.api.expr;

/**
 * Evaluates a {@code when} condition after substitution, as Argo does (govaluate syntax: {@code ==
 * != < > <= >= =~ !~ && || !}, parentheses, numbers, quoted strings, bare words as strings).
 */
public final class Conditions {
  private Conditions() {}

  /** True or false; a malformed condition throws {@link ExpressionException} naming the token. */
  public static boolean evaluate(String condition) {
    throw new UnsupportedOperationException("TODO(#2): expr helper implements this");
  }
}
