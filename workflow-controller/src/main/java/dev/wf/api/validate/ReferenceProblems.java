package dev.wf.api.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.wf.api.expr.Expression;
import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.Templating.Reference;

/**
 * Checks the references in one string against a scope: plain ones must resolve, {@code {{=...}}}
 * ones must parse (their variables are only known when they run). Fields that hold a bare
 * expression ({@code expression}, {@code fromExpression}) must parse as well.
 */
final class ReferenceProblems {
  private static final Set<String> EXPRESSION_FIELDS = Set.of("expression", "fromExpression");

  private ReferenceProblems() {}

  /** A visitor that checks every string it is given against {@code scope}. */
  static StringFields.Visitor against(VariableScope scope, List<Problem> out) {
    return (path, field, text) -> check(path, field, text, scope, out);
  }

  static void check(
      String path, String field, String text, VariableScope scope, List<Problem> out) {
    List<Reference> references = Templating.references(text);
    if (EXPRESSION_FIELDS.contains(field) && !text.strip().startsWith("{{=")) {
      parse(masked(text, references), text, path, out);
    }
    Set<String> reported = new HashSet<>();
    for (Reference ref : references) {
      if (ref.expression()) {
        parse(ref.body(), ref.body(), path, out);
      } else if (!scope.resolves(ref.body()) && reported.add(ref.body())) {
        out.add(new Problem(path, VariableSuggestions.unresolved(ref.body(), scope)));
      }
    }
  }

  /** Parses {@code expression}; an error quotes {@code shown}, the text as the user wrote it. */
  private static void parse(String expression, String shown, String path, List<Problem> out) {
    try {
      Expression.parse(expression);
    } catch (ExpressionException e) {
      String message = e.getMessage().replace(quoted(expression), quoted(shown));
      out.add(new Problem(path, "invalid expression: " + message));
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ') + "\"";
  }

  /**
   * The text with each {@code {{...}}} replaced by a placeholder name of the same length, so that a
   * bare expression parses as it will after substitution and positions stay right.
   */
  private static String masked(String text, List<Reference> references) {
    var out = new StringBuilder(text);
    for (Reference ref : references) {
      out.replace(ref.start(), ref.end(), "_" + " ".repeat(ref.end() - ref.start() - 1));
    }
    return out.toString();
  }
}
