package dev.wf.api.expr;

import java.util.Map;

/**
 * One parsed expr-lang expression, the body of a {@code {{=...}}} tag or a field such as {@code
 * retryStrategy.expression}, {@code valueFrom.expression} or a hook's {@code expression}. Parse it
 * once (syntax errors throw {@link ExpressionException} naming the token) and evaluate it against
 * the flat variable map as often as needed.
 */
public final class Expression {
  /**
   * The variable holding the time {@code now()} returns (RFC 3339). Callers that allow {@code
   * now()}, such as a cron workflow's {@code when}, put their current time here, so evaluation
   * stays a function of its inputs; no expression can name it.
   */
  public static final String NOW = "now()";

  private final String source;
  private final Node root;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** Parses {@code source}; a syntax error throws {@link ExpressionException}. */
  public static Expression parse(String source) {
    return new Expression(source, Parser.parse(source));
  }

  public String source() {
    return source;
  }

  /**
   * The variables are mostly text; a caller may also give a value its type ({@code Long}, {@code
   * Double}, {@code Boolean}, or {@code java.time.Instant} for a time), as Argo does for {@code
   * cronworkflow.succeeded} or {@code cronworkflow.lastScheduledTime}.
   *
   * <p>The value: null, Boolean, Long, Double, String, {@code List<Object>} or {@code Map<String,
   * Object>}. A failure caused by a variable that does not exist throws {@link
   * UnresolvedVariableException} naming it; any other failure throws {@link ExpressionException}.
   */
  public Object evaluate(Map<String, ?> vars) {
    var evaluator = new Evaluator(source, new Variables(vars));
    Object result;
    try {
      result = evaluator.eval(root);
    } catch (ExpressionException e) {
      if (evaluator.missing().isEmpty()) throw e;
      throw UnresolvedVariableException.of(evaluator.missing(), " (" + e.getMessage() + ")");
    }
    if (result == null && !evaluator.missing().isEmpty()) {
      throw UnresolvedVariableException.of(evaluator.missing(), " in \"" + source + "\"");
    }
    return Values.plain(Values.whole(result));
  }

  /** The value as text, as a {@code {{=...}}} tag renders it; nil is an error. */
  public String render(Map<String, ?> vars) {
    Object value = evaluate(vars);
    if (value == null) throw ExpressionException.at(source, 0, "expression evaluated to nil");
    return Values.render(value);
  }

  /** The value, which must be a boolean. */
  public boolean test(Map<String, ?> vars) {
    Object value = evaluate(vars);
    if (value instanceof Boolean b) return b;
    throw ExpressionException.at(
        source, 0, "expected true or false, got " + Values.describe(value) + ",");
  }
}
