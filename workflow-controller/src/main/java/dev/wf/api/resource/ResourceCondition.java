package dev.wf.api.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.resource.Requirement.Operator;

/**
 * A {@code successCondition} or {@code failureCondition} of a resource template: requirements
 * separated by commas, in Kubernetes' label-selector syntax over paths of the object. As in Argo, a
 * success condition holds when every requirement does; a failure condition holds as soon as any one
 * does (Argo checks them one by one), and its message names that requirement.
 */
public record ResourceCondition(List<Requirement> requirements) {
  public ResourceCondition {
    requirements = List.copyOf(requirements);
  }

  /** No requirements: an absent condition. */
  public static final ResourceCondition NONE = new ResourceCondition(List.of());

  /**
   * Parses {@code text}; blank or null gives {@link #NONE}.
   *
   * @throws ConditionException naming the offending token and its offset
   */
  public static ResourceCondition parse(String text) {
    if (text == null || text.isBlank()) return NONE;
    var tokens = new ConditionTokens(text);
    var requirements = new ArrayList<Requirement>();
    do {
      requirements.add(requirement(tokens));
    } while (tokens.acceptSymbol(","));
    if (!tokens.atEnd()) throw tokens.unexpected("\",\" or the end");
    requirements.sort(Comparator.comparing(Requirement::path));
    return new ResourceCondition(requirements);
  }

  /** Whether the condition has no requirements. */
  public boolean isEmpty() {
    return requirements.isEmpty();
  }

  /** Whether every requirement holds (true when there are none). */
  public boolean allMatch(JsonNode object) {
    return requirements.stream().allMatch(r -> r.matches(object));
  }

  /** The first requirement that holds, in Kubernetes' order (by path). */
  public Optional<Requirement> firstMatch(JsonNode object) {
    return requirements.stream().filter(r -> r.matches(object)).findFirst();
  }

  private static Requirement requirement(ConditionTokens tokens) {
    if (tokens.acceptSymbol("!")) {
      return new Requirement(tokens.identifier("a path"), Operator.DOES_NOT_EXIST, List.of());
    }
    String path = tokens.identifier("a path");
    if (tokens.atEnd() || tokens.peekSymbol(",")) {
      return new Requirement(path, Operator.EXISTS, List.of());
    }
    int at = tokens.offset();
    if (tokens.acceptWord("in")) return new Requirement(path, Operator.IN, set(tokens, at));
    if (tokens.acceptWord("notin")) return new Requirement(path, Operator.NOT_IN, set(tokens, at));
    for (Operator op : List.of(Operator.DOUBLE_EQUALS, Operator.EQUALS, Operator.NOT_EQUALS)) {
      if (tokens.acceptSymbol(symbol(op))) return new Requirement(path, op, List.of(exact(tokens)));
    }
    for (Operator op : List.of(Operator.GREATER_THAN, Operator.LESS_THAN)) {
      if (tokens.acceptSymbol(symbol(op)))
        return new Requirement(path, op, List.of(integer(tokens)));
    }
    throw tokens.unexpected("an operator (=, ==, !=, in, notin, >, <), \",\" or the end");
  }

  private static String symbol(Operator op) {
    return switch (op) {
      case DOUBLE_EQUALS -> "==";
      case EQUALS -> "=";
      case NOT_EQUALS -> "!=";
      case GREATER_THAN -> ">";
      default -> "<";
    };
  }

  /** After {@code =}, {@code ==} or {@code !=}: one value, empty when nothing follows. */
  private static String exact(ConditionTokens tokens) {
    if (tokens.atEnd() || tokens.peekSymbol(",")) return "";
    return tokens.identifier("a value");
  }

  private static String integer(ConditionTokens tokens) {
    int at = tokens.offset();
    String value = tokens.identifier("an integer");
    try {
      Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ConditionException("expected an integer after > or <, found \"" + value + "\"", at);
    }
    return value;
  }

  private static List<String> set(ConditionTokens tokens, int at) {
    tokens.expectSymbol("(");
    var values = new ArrayList<String>();
    if (!tokens.peekSymbol(")")) {
      do {
        values.add(
            tokens.peekSymbol(",") || tokens.peekSymbol(")") ? "" : tokens.identifier("a value"));
      } while (tokens.acceptSymbol(","));
    }
    tokens.expectSymbol(")");
    if (values.stream().allMatch(String::isEmpty)) {
      throw new ConditionException("in and notin need at least one value", at);
    }
    return values;
  }
}
