package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax and evaluation errors quote the expression and point at the offending token. */
class ExpressionErrorsTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          asInt(x))        ; 8 ; unexpected token ")" at position 9 in "asInt(x))"
          1 +              ; 3 ; unexpected end of expression at position 4 in "1 +"
          (1 + 2           ; 6 ; expected ")" but found end of expression at position 7 in "(1 + 2"
          a.               ; 2 ; expected a field name, found end of expression at position 3 in "a."
          'open            ; 0 ; unterminated string at position 1 in "'open"
          1 @ 2            ; 2 ; unexpected character "@" at position 3 in "1 @ 2"
          [1, 2            ; 5 ; expected "]" but found end of expression at position 6 in "[1, 2"
          a ? b            ; 5 ; expected ":" but found end of expression at position 6 in "a ? b"
          ``               ; 0 ; empty expression at position 1 in ""
          {a 1}            ; 3 ; expected ":" but found token "1" at position 4 in "{a 1}"
          """)
  void syntaxErrorPointsAtToken(String expression, int offset, String message) {
    assertThatThrownBy(() -> Expression.parse(expression))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.offset()).isEqualTo(offset))
        .hasMessage(message);
  }

  @Test
  void typeErrorPointsAtOperator() {
    assertThatThrownBy(() -> Expression.parse("1 + 'a'").render(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("cannot apply \"+\" to int 1 and string \"a\" at position 3 in \"1 + 'a'\"");
  }

  @Test
  void badConversionNamesFunctionAndValue() {
    assertThatThrownBy(() -> Expression.parse("asInt('x1')").render(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("asInt() cannot convert \"x1\" to an integer at position 1 in \"asInt('x1')\"");
  }

  @Test
  void wrongArgumentCountIsReported() {
    assertThatThrownBy(() -> Expression.parse("sprig.trim('a', 'b')").render(Map.of()))
        .hasMessageStartingWith("sprig.trim() takes 1 argument, got 2");
  }

  @Test
  void unknownFunctionIsReported() {
    assertThatThrownBy(() -> Expression.parse("nosuch(1)").render(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("unknown function nosuch() at position 1 in \"nosuch(1)\"");
  }

  @Test
  void nilResultIsAnError() {
    assertThatThrownBy(() -> Expression.parse("nil").render(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("expression evaluated to nil at position 1 in \"nil\"");
  }

  @Test
  void nonBooleanConditionOfTernaryIsAnError() {
    assertThatThrownBy(() -> Expression.parse("1 ? 2 : 3").render(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith("\"?\" needs a boolean, got int 1");
  }

  @Test
  void failureCausedByMissingVariableIsUnresolved() {
    assertThatThrownBy(() -> Expression.parse("inputs.parameters.x + 1").render(Map.of()))
        .isInstanceOf(UnresolvedVariableException.class)
        .hasMessageStartingWith("unresolved variable \"inputs.parameters.x\"");
  }

  @Test
  void missingMemberOfKnownGroupIsNamedInFull() {
    var vars = Map.of("inputs.parameters.a", "1");
    assertThatThrownBy(() -> Expression.parse("asInt(inputs.parameters.b)").render(vars))
        .isInstanceOf(UnresolvedVariableException.class)
        .hasMessageStartingWith("unresolved variable \"inputs.parameters.b\"");
  }

  @Test
  void testRequiresBoolean() {
    assertThatThrownBy(() -> Expression.parse("'yes'").test(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("expected true or false, got string \"yes\", at position 1 in \"'yes'\"");
  }

  @Test
  void variableMissingOnLeftOfCoalesceIsNotBlamedForLaterError() {
    assertThatThrownBy(() -> Expression.parse("(inputs.x ?? 'a') + 1").render(Map.of()))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith("cannot apply \"+\" to string \"a\" and int 1");
  }
}
