package dev.wf.api.expr;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses and evaluates a {@code when} condition in one pass, by recursive descent: {@code ||}, then
 * {@code &&}, then comparisons ({@code == != < > <= >= =~ !~}), then {@code + -}, then {@code * /
 * %}, then {@code !} and unary minus. Numbers compare numerically, strings by text.
 */
final class ConditionParser {
  private final String source;
  private final List<Token> tokens;
  private int index;

  private ConditionParser(String source) {
    this.source = source;
    this.tokens = ConditionLexer.tokenize(source);
  }

  static Object evaluate(String source) {
    var parser = new ConditionParser(source);
    Object value = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != Token.Kind.END) throw parser.error(rest, "unexpected " + rest.describe());
    return value;
  }

  private Object or() {
    Object left = and();
    while (peek().is("||")) {
      Token op = next();
      Object right = and();
      left = bool(left, op) | bool(right, op);
    }
    return left;
  }

  private Object and() {
    Object left = comparison();
    while (peek().is("&&")) {
      Token op = next();
      Object right = comparison();
      left = bool(left, op) & bool(right, op);
    }
    return left;
  }

  private Object comparison() {
    Object left = additive();
    Token op = peek();
    if (!List.of("==", "!=", "<", ">", "<=", ">=", "=~", "!~").contains(op.text())
        || op.kind() != Token.Kind.OPERATOR) {
      return left;
    }
    next();
    Object right = additive();
    try {
      return switch (op.text()) {
        case "==" -> Values.equal(left, right);
        case "!=" -> !Values.equal(left, right);
        case "=~" -> regex(right, op).matcher(Values.render(left)).find();
        case "!~" -> !regex(right, op).matcher(Values.render(left)).find();
        default -> Operators.apply(op.text(), left, right);
      };
    } catch (EvaluationError e) {
      throw error(op, e.getMessage());
    }
  }

  private Object additive() {
    Object left = multiplicative();
    while (peek().is("+") || peek().is("-")) {
      Token op = next();
      left = arithmetic(op, left, multiplicative());
    }
    return left;
  }

  private Object multiplicative() {
    Object left = unary();
    while (peek().is("*") || peek().is("/") || peek().is("%")) {
      Token op = next();
      left = arithmetic(op, left, unary());
    }
    return left;
  }

  private Object unary() {
    Token token = peek();
    if (token.is("!")) {
      next();
      return !bool(unary(), token);
    }
    if (token.is("-")) {
      next();
      return arithmetic(token, 0.0, unary());
    }
    return primary();
  }

  private Object primary() {
    Token token = next();
    if (token.is("(")) {
      Object inner = or();
      Token close = next();
      if (!close.is(")")) throw error(close, "expected \")\" but found " + close.describe());
      return inner;
    }
    return switch (token.kind()) {
      case NUMBER, STRING, NAME -> token.value();
      default ->
          throw error(
              token,
              token.kind() == Token.Kind.END
                  ? "unexpected end of condition"
                  : "unexpected " + token.describe());
    };
  }

  private Object arithmetic(Token op, Object left, Object right) {
    if (op.is("+") && (left instanceof String || right instanceof String)) {
      return Values.render(left) + Values.render(right);
    }
    try {
      return Operators.apply(op.text(), left, right);
    } catch (EvaluationError e) {
      throw error(op, e.getMessage());
    }
  }

  private boolean bool(Object value, Token op) {
    if (value instanceof Boolean b) return b;
    throw error(op, "\"" + op.text() + "\" needs true or false, got " + Values.describe(value));
  }

  private Pattern regex(Object pattern, Token op) {
    try {
      return Pattern.compile(Values.render(pattern));
    } catch (PatternSyntaxException e) {
      throw error(op, "invalid regular expression \"" + Values.render(pattern) + "\"");
    }
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Token.Kind.END) index++;
    return token;
  }

  private ExpressionException error(Token token, String what) {
    return ExpressionException.at(source, token.pos(), what);
  }
}
