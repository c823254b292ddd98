package dev.wf.engine;

import java.util.Map;

import dev.wf.api.expr.Expression;
import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.RetryStrategy;

/**
 * Whether a failed attempt runs again, as Argo decides it: {@code retryPolicy} says which phases
 * are retried (default OnFailure, or Always when an {@code expression} is given), {@code limit} how
 * many retries there may be (none: no limit), and {@code expression} must hold for {@code
 * lastRetry.*}. {@code OnTransientError} retries a failed or errored attempt only when its message
 * names a transient error ({@link TransientErrors}).
 */
record RetryPolicy(
    Long limit, boolean onFailed, boolean onError, boolean transientOnly, String expression) {
  /** Argo's message when the limit is reached. */
  static final String NO_MORE_RETRIES = "No more retries left";

  /** Argo's message when the expression says no. */
  static final String EXPRESSION_FALSE = "retryStrategy.expression evaluated to false";

  /** What happens after a failed attempt: another attempt, or the end with this message. */
  record Verdict(boolean retry, String message) {
    static final Verdict RETRY = new Verdict(true, null);

    static Verdict stop(String message) {
      return new Verdict(false, message);
    }
  }

  /**
   * Reads the strategy with the retried node's variables; a bad value throws {@link
   * IllegalArgumentException} naming the field.
   */
  static RetryPolicy of(RetryStrategy strategy, Map<String, String> vars) {
    Long limit =
        strategy.limit() == null
            ? null
            : TemplateFields.wholeNumber("retryStrategy.limit", strategy.limit(), vars);
    String expression = strategy.expression();
    if (expression != null && expression.isBlank()) expression = null;
    String policy = strategy.retryPolicy();
    if (policy == null || policy.isBlank()) policy = expression == null ? "OnFailure" : "Always";
    return switch (policy) {
      case "Always" -> new RetryPolicy(limit, true, true, false, expression);
      case "OnFailure" -> new RetryPolicy(limit, true, false, false, expression);
      case "OnError" -> new RetryPolicy(limit, false, true, false, expression);
      case "OnTransientError" -> new RetryPolicy(limit, true, true, true, expression);
      default ->
          throw new IllegalArgumentException(
              "retryStrategy.retryPolicy: \""
                  + policy
                  + "\" is not one of Always, OnFailure, OnError, OnTransientError");
    };
  }

  /**
   * The verdict after {@code attempts} attempts of which {@code last} failed; {@code vars} are the
   * retried node's variables with {@code lastRetry.*}.
   */
  Verdict after(NodeStatus last, int attempts, Map<String, String> vars) {
    boolean covered = last.phase() == NodePhase.FAILED ? onFailed : onError;
    if (transientOnly) covered &= TransientErrors.isTransient(last.message());
    if (!covered) return Verdict.stop(last.message());
    if (limit != null && attempts > limit) return Verdict.stop(NO_MORE_RETRIES);
    if (expression != null && !holds(vars)) return Verdict.stop(EXPRESSION_FALSE);
    return Verdict.RETRY;
  }

  private boolean holds(Map<String, String> vars) {
    String source = TemplateFields.text("retryStrategy.expression", expression, vars);
    try {
      return Expression.parse(source).test(vars);
    } catch (UnresolvedVariableException | ExpressionException e) {
      throw new IllegalArgumentException("retryStrategy.expression: " + e.getMessage(), e);
    }
  }
}
