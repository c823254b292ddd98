package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sprig functions as Argo examples call them; rows are {@code expression ; rendered result}. */
class SprigFunctionsTest {
  private static final Map<String, String> VARS =
      Map.of("inputs.parameters.my-string-param", "  padded  ", "inputs.parameters.n", "7");

  private static String render(String expression) {
    return Expression.parse(expression).render(VARS);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          sprig.trim(inputs.parameters['my-string-param'])    ; padded
          sprig.upper('ab') + sprig.lower('CD')               ; ABcd
          sprig.title('hello world')                          ; Hello World
          sprig.replace('-', '_', 'a-b-c')                    ; a_b_c
          sprig.contains('ell', 'hello')                      ; true
          sprig.hasPrefix('he', 'hello')                      ; true
          sprig.hasSuffix('lo', 'hello')                      ; true
          sprig.trimPrefix('v', 'v1.0')                       ; 1.0
          sprig.trimSuffix('.gz', 'a.tar.gz')                 ; a.tar
          sprig.trimAll('$', '$5.00$')                        ; 5.00
          sprig.split('$', 'a$b')._1                          ; b
          sprig.splitList(',', 'a,b,c')                       ; ["a","b","c"]
          sprig.join('-', ['a', 1])                           ; a-1
          sprig.toString(12)                                  ; 12
          sprig.repeat(3, 'ab')                               ; ababab
          sprig.nospace(' a b  c ')                           ; abc
          sprig.trunc(3, 'abcdef')                            ; abc
          sprig.trunc(-2, 'abcdef')                           ; ef
          sprig.substr(1, 3, 'abcdef')                        ; bc
          sprig.quote('a"b')                                  ; "a\\"b"
          sprig.squote('a')                                   ; 'a'
          sprig.cat('a', 1, nil, 'b')                         ; a 1 b
          sprig.b64enc('hello')                               ; aGVsbG8=
          sprig.b64dec('aGVsbG8=')                            ; hello
          sprig.regexMatch('^[0-9]+$', '123')                 ; true
          sprig.regexFind('[0-9]+', 'ab12cd34')               ; 12
          sprig.regexReplaceAll('a(x*)b', '-ab-axxb-', '${1}W') ; -W-xxW-
          sprig.sha256sum('')                                 ; e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
          """)
  void stringFunctions(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          sprig.atoi(inputs.parameters.n) + 1                 ; 8
          sprig.atoi('not a number')                          ; 0
          sprig.int('12') + sprig.int64(3.9)                  ; 15
          sprig.float64('1.5')                                ; 1.5
          sprig.add(1, '2', 3.7)                              ; 6
          sprig.add1(1)                                       ; 2
          sprig.sub(10, 4)                                    ; 6
          sprig.mul(2, 3, 4)                                  ; 24
          sprig.div(7, 2)                                     ; 3
          sprig.mod(7, 2)                                     ; 1
          sprig.max(3, 9, 4)                                  ; 9
          sprig.min(3, 9, 4)                                  ; 3
          sprig.addf(1.5, 1)                                  ; 2.5
          sprig.until(3)                                      ; [0,1,2]
          """)
  void numberFunctions(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          sprig.list(1, 'a')                                  ; [1,"a"]
          sprig.first(sprig.list(1, 2))                       ; 1
          sprig.last([1, 2])                                  ; 2
          sprig.rest([1, 2, 3])                               ; [2,3]
          sprig.initial([1, 2, 3])                            ; [1,2]
          sprig.append([1], 2)                                ; [1,2]
          sprig.prepend([1], 0)                               ; [0,1]
          sprig.uniq([1, 1, 2])                               ; [1,2]
          sprig.compact(['a', '', nil, 'b'])                  ; ["a","b"]
          sprig.has(2, [1, 2])                                ; true
          sprig.sortAlpha(['b', 'a'])                         ; ["a","b"]
          sprig.default('fallback', '')                       ; fallback
          sprig.default('fallback', 'given')                  ; given
          sprig.empty('') && sprig.empty(0) && sprig.empty([]) ; true
          sprig.coalesce('', nil, 'x')                        ; x
          sprig.ternary('yes', 'no', 1 > 0)                   ; yes
          sprig.dict('a', 1).a                                ; 1
          sprig.get({a: 'x'}, 'a')                            ; x
          sprig.hasKey({a: 1}, 'b')                           ; false
          sprig.toJson({a: [1]})                              ; {"a":[1]}
          """)
  void listAndDefaultFunctions(String expression, String expected) {
    assertThat(render(expression)).isEqualTo(expected);
  }
}
