package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code when} conditions as they look after substitution in Argo's examples. */
class ConditionsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          heads == heads                        ; true
          tails == heads                        ; false
          YES == YES                            ; true
          Succeeded != Succeeded                ; false
          my-step-1 == my-step-1                ; true
          "hello world" == 'hello world'        ; true
          5 != 1 && 5 != 2                      ; true
          2 != 1 && 2 != 2                      ; false
          3 < 10                                ; true
          10 < 9                                ; false
          3 <= 3.0                              ; true
          2 > 1.5                               ; true
          1.0 == 1                              ; true
          '5' == 5                              ; false
          abc < abd                             ; true
          true == true                          ; true
          true                                  ; true
          false || true                         ; true
          !false && (1 > 2 || 2 > 1)            ; true
          hello-world =~ '^hello'               ; true
          'hello' =~ 'x$'                       ; false
          hello !~ 'x$'                         ; true
          2 + 3 == 5                            ; true
          -1 < 0                                ; true
          10 % 3 * 2 == 2                       ; true
          a + b == ab                           ; true
          ``                                    ; true
          """)
  void evaluatesCondition(String condition, boolean expected) {
    assertThat(Conditions.evaluate(condition)).isEqualTo(expected);
  }

  @Test
  void unbalancedParenthesisPointsAtEnd() {
    assertThatThrownBy(() -> Conditions.evaluate("(a == a"))
        .isInstanceOfSatisfying(ExpressionException.class, e -> assertThat(e.offset()).isEqualTo(7))
        .hasMessage("expected \")\" but found end of expression at position 8 in \"(a == a\"");
  }

  @Test
  void missingOperandIsAnError() {
    assertThatThrownBy(() -> Conditions.evaluate(" == heads"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("unexpected token \"==\" at position 2 in \" == heads\"");
  }

  @Test
  void twoWordsWithoutOperatorIsAnError() {
    assertThatThrownBy(() -> Conditions.evaluate("hello world == x"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("unexpected token \"world\" at position 7 in \"hello world == x\"");
  }

  @Test
  void nonBooleanResultIsAnError() {
    assertThatThrownBy(() -> Conditions.evaluate("heads"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith("condition must be true or false, got string \"heads\"");
  }

  @Test
  void orderingStringAgainstNumberIsAnError() {
    assertThatThrownBy(() -> Conditions.evaluate("abc < 3"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("cannot compare string \"abc\" with int 3 at position 5 in \"abc < 3\"");
  }

  @Test
  void logicOnNonBooleanIsAnError() {
    assertThatThrownBy(() -> Conditions.evaluate("a && true"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("\"&&\" needs true or false, got string \"a\" at position 3 in \"a && true\"");
  }

  @Test
  void badRegexIsAnError() {
    assertThatThrownBy(() -> Conditions.evaluate("a =~ '('"))
        .isInstanceOf(ExpressionException.class)
        .hasMessageStartingWith("invalid regular expression \"(\"");
  }
}
