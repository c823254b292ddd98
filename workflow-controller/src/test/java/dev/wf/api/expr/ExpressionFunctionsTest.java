package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Argo's functions and expr-lang's built-ins; rows are {@code expression ; rendered result}. */
class ExpressionFunctionsTest {
  private static final Map<String, String> VARS =
      Map.of(
          "inputs.parameters.int", "42",
          "inputs.parameters.float", "2.5",
          "inputs.parameters.config", "{\"a\": {\"b\": [10, 20]}, \"c\": \"x\"}",
          "workflow.parameters.json", "[{\"name\":\"flag\",\"value\":\"true\"}]",
          "steps.gen.outputs.result", "[{\"x\": 1}, {\"x\": 5}]");

  private static String render(String expression) {
    return Expression.parse(expression).render(VARS);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          asInt(inputs.parameters.int) + 1                    ; 43
          asInt(3.9)                                          ; 3
          asFloat(inputs.parameters.float) * 2                ; 5
          asFloat('1.25')                                     ; 1.25
          string(1) + string(2.5) + string(true)              ; 12.5true
          toJson([1, 'a', {k: nil}])                          ; [1,"a",{"k":null}]
          toJson(asFloat('3'))                                ; 3
          fromJSON('{"a": [1]}').a[0]                         ; 1
          jsonpath(inputs.parameters.config, '$.c')           ; x
          jsonpath(inputs.parameters.config, '$.a.b[1]')      ; 20
          jsonpath(workflow.parameters.json, '$[0].value')    ; true
          jsonpath(inputs.parameters.config, "$['a']['b']")   ; [10,20]
          """)
  void argoFunctions(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          filter([1, 2, 3], {# > 1})                          ; [2,3]
          filter([1, 2, 3], # > 2)                            ; [3]
          map([1, 2], {# * 2})                                ; [2,4]
          map(steps.gen.outputs.result, {#.x})                ; [1,5]
          map(steps.gen.outputs.result, .x)                   ; [1,5]
          map([1, 2], {#index})                               ; [0,1]
          all([1, 2], {# > 0})                                ; true
          any([1, 2], {# > 1})                                ; true
          none([1, 2], {# > 5})                               ; true
          one([1, 2], {# > 1})                                ; true
          count([1, 2, 3], {# % 2 == 1})                      ; 2
          find([1, 2, 3], {# > 1})                            ; 2
          findIndex([1, 2, 3], {# > 1})                       ; 1
          sum([1, 2, 3])                                      ; 6
          reduce([1, 2, 3], {#acc + #}, 10)                   ; 16
          groupBy([1, 2, 3], {# % 2 == 0})                    ; {"false":[1,3],"true":[2]}
          len([1, 2]) + len('abc') + len({a: 1})              ; 6
          first([4, 5]) + last([4, 5])                        ; 9
          reverse([1, 2])                                     ; [2,1]
          sort([3, 1, 2])                                     ; [1,2,3]
          uniq([1, 1, 2])                                     ; [1,2]
          concat([1], [2, 3])                                 ; [1,2,3]
          join(['a', 'b'], '-')                               ; a-b
          max(1, 5, 3)                                        ; 5
          min([4, 2, 8])                                      ; 2
          keys({a: 1, b: 2})                                  ; ["a","b"]
          """)
  void listFunctions(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          upper('ab') + lower('CD')                           ; ABcd
          trim('  x  ')                                       ; x
          trim('xxhixx', 'x')                                 ; hi
          trimPrefix('v1.2', 'v')                             ; 1.2
          trimSuffix('a.txt', '.txt')                         ; a
          split('a,b,,c', ',')                                ; ["a","b","","c"]
          replace('a-b-c', '-', '+')                          ; a+b+c
          indexOf('hello', 'l')                               ; 2
          hasPrefix('hello', 'he')                            ; true
          abs(-3) + abs(-1.5)                                 ; 4.5
          ceil(1.2) + floor(1.8) + round(1.5)                 ; 5
          toBase64('hi') + fromBase64('aGk=')                 ; aGk=hi
          type(1) + type('') + type([])                       ; intstringarray
          """)
  void stringAndNumberFunctions(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @Test
  void reusesVerboseSnippetThroughMapAsArgoExampleDoes() {
    var vars =
        Map.of(
            "workflow.parameters.weather",
            "{\"weekWeather\": \"eyJ0ZW1wcyI6IFszNCwgMjcsIDE1LCA1NywgNDZdfQo=\"}");
    String expression =
        """
        map([
            jsonpath(sprig.b64dec(jsonpath(workflow.parameters.weather, '$.weekWeather')), '$.temps')
          ], {
            toJson({
              avg: sprig.add(#[0], #[1], #[2], #[3], #[4]) / 5,
              min: sprig.min(#[0], #[1], #[2], #[3], #[4]),
              max: sprig.max(#[0], #[1], #[2], #[3], #[4])
            })
        })[0]
        """;

    assertThat(Expression.parse(expression).render(vars))
        .isEqualTo("{\"avg\":35.8,\"min\":15,\"max\":57}");
  }

  @Test
  void evaluateReturnsPlainJavaValues() {
    Object value = Expression.parse("{n: 1, list: [1.5, 'a', nil]}").evaluate(Map.of());

    assertThat(value).isEqualTo(Map.of("n", 1L, "list", java.util.Arrays.asList(1.5, "a", null)));
  }

  @Test
  void testReturnsTheBooleanResult() {
    assertThat(Expression.parse("asInt(inputs.parameters.int) > 40").test(VARS)).isTrue();
  }
}
