package dev.wf.api.expr;

import java.util.Map;
import java.util.Set;

/**
 * expr-lang's binary operators and how tightly they bind: {@code ??} tightest, then {@code **},
 * {@code * / %}, {@code + -}, {@code ..}, comparisons and word operators, {@code and}, {@code or}.
 * Unary {@code !} binds at {@link #NOT}, unary minus at {@link #SIGN}.
 */
final class OperatorTable {
  static final int NOT = 50;
  static final int SIGN = 90;

  private static final Map<String, Integer> BINARY =
      Map.ofEntries(
          Map.entry("||", 10),
          Map.entry("&&", 15),
          Map.entry("==", 20),
          Map.entry("!=", 20),
          Map.entry("<", 20),
          Map.entry(">", 20),
          Map.entry("<=", 20),
          Map.entry(">=", 20),
          Map.entry("in", 20),
          Map.entry("matches", 20),
          Map.entry("contains", 20),
          Map.entry("startsWith", 20),
          Map.entry("endsWith", 20),
          Map.entry("..", 25),
          Map.entry("+", 30),
          Map.entry("-", 30),
          Map.entry("*", 60),
          Map.entry("/", 60),
          Map.entry("%", 60),
          Map.entry("**", 100),
          Map.entry("??", 500));
  private static final Set<String> WORDS =
      Set.of("in", "matches", "contains", "startsWith", "endsWith");
  private static final Set<String> TAKES_CLOSURE =
      Set.of(
          "filter",
          "map",
          "all",
          "any",
          "none",
          "one",
          "count",
          "find",
          "findIndex",
          "findLast",
          "findLastIndex",
          "groupBy",
          "sortBy",
          "sum",
          "reduce");

  private OperatorTable() {}

  /**
   * The binary operator that {@code token} starts as written ({@code "and"}, {@code "not in"}), or
   * null; {@code after} is the token that follows it.
   */
  static String binaryOperator(Token token, Token after) {
    if (token.kind() == Token.Kind.OPERATOR && BINARY.containsKey(canonical(token.text()))) {
      return token.text();
    }
    if (token.kind() != Token.Kind.NAME) return null;
    if (token.isWord("and") || token.isWord("or") || WORDS.contains(token.text())) {
      return token.text();
    }
    if (token.isWord("not") && after.kind() == Token.Kind.NAME && WORDS.contains(after.text())) {
      return "not " + after.text();
    }
    return null;
  }

  /** The operator the evaluator knows: {@code and} is {@code &&}, {@code not in} is {@code in}. */
  static String canonical(String op) {
    return switch (op) {
      case "and" -> "&&";
      case "or" -> "||";
      case "^" -> "**";
      default -> op.startsWith("not ") ? op.substring(4) : op;
    };
  }

  static int precedence(String op) {
    return BINARY.get(canonical(op));
  }

  static boolean isRightAssociative(String op) {
    return canonical(op).equals("**");
  }

  /** Functions whose second argument is a closure such as {@code {# > 1}}. */
  static boolean takesClosure(String function) {
    return TAKES_CLOSURE.contains(function);
  }
}
