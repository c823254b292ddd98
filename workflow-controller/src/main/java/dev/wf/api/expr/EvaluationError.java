package dev.wf.api.expr;

/**
 * A failure inside an operator or function, before it is placed: the evaluator turns it into an
 * {@link ExpressionException} at the node being evaluated.
 */
final class EvaluationError extends RuntimeException {
  EvaluationError(String message) {
    super(message);
  }
}
