package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each operator of the expression language; rows are {@code expression ; rendered result}. */
class ExpressionOperatorsTest {
  private static final Map<String, String> VARS =
      Map.of(
          "inputs.parameters.n", "5",
          "inputs.parameters.my-param", "dashed",
          "inputs.parameters.empty", "",
          "steps.a.outputs.result", "{\"items\": [{\"x\": 1}, {\"x\": 2}], \"name\": \"gen\"}",
          "workflow.name", "wf");

  private static String render(String expression) {
    return Expression.parse(expression).render(VARS);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          1 + 2             ; 3
          7 - 10            ; -3
          2 * 3.5           ; 7
          7 / 2             ; 3.5
          6 / 3             ; 2
          7 % 3             ; 1
          2 ** 10           ; 1024
          2 ^ 3             ; 8
          -3 + 1            ; -2
          1 + 2 * 3         ; 7
          (1 + 2) * 3       ; 9
          0.1 + 0.2         ; 0.30000000000000004
          'ab' + "cd"       ; abcd
          1_000 + 0x10      ; 1016
          1e3               ; 1000
          """)
  void arithmetic(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          1 == 1.0          ; true
          'a' != 'b'        ; true
          2 < 10            ; true
          '2' < '10'        ; false
          3 > 3             ; false
          3 >= 3            ; true
          2 <= 1            ; false
          '1' == 1          ; false
          nil == nil        ; true
          [1, 2] == [1, 2]  ; true
          """)
  void comparison(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          true && false           ; false
          true and true           ; true
          false || true           ; true
          false or false          ; false
          !true                   ; false
          not false               ; true
          !(1 > 2) && 2 > 1       ; true
          false && nil.x          ; false
          true || nil.x           ; true
          """)
  void logic(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          1 > 0 ? 'yes' : 'no'                       ; yes
          1 < 0 ? 'yes' : 2 > 1 ? 'maybe' : 'no'     ; maybe
          asInt('1') == 1? 'a': 'b'                  ; a
          nil ?? 'fallback'                          ; fallback
          inputs.parameters.missing ?? 'default'     ; default
          nothing.at.all ?? 'default'                ; default
          len(nothing ?? [1, 2])                     ; 2
          inputs.parameters.n ?? 'default'           ; 5
          2 in [1, 2]                                ; true
          'n' in inputs.parameters                   ; true
          'z' not in inputs.parameters               ; true
          'abc' matches '^a.c$'                      ; true
          'abc' contains 'bc'                        ; true
          'abc' startsWith 'ab'                      ; true
          'abc' endsWith 'bc'                        ; true
          1..3                                       ; [1,2,3]
          [1, 2] | sum()                             ; 3
          [1, 2, 3] | filter(# > 1) | map(# * 10)    ; [20,30]
          " a " | sprig.trim() | upper()             ; A
          """)
  void otherOperators(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          inputs.parameters.n                          ; 5
          inputs.parameters['n']                       ; 5
          inputs.parameters["my-param"]                ; dashed
          inputs['parameters'].n                       ; 5
          inputs.parameters.empty                      ; ``
          steps.a.outputs.result.name                  ; gen
          steps.a.outputs.result.items[1].x            ; 2
          steps.a.outputs.result.items[-1].x           ; 2
          steps.a.outputs.result['items'][0]           ; {"x":1}
          [1, 2, 3][1:]                                ; [2,3]
          'hello'[1:3]                                 ; el
          {a: 1, 'b': [true]}                          ; {"a":1,"b":[true]}
          nil?.x ?? 'safe'                             ; safe
          """)
  void memberAndIndexAccess(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }
}
