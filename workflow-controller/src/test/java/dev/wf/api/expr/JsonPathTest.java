package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonPathTest {
  private static final Object DOC =
      Json.parse(
          "{\"a\": {\"b\": [1, 2, 3]}, \"list\": [{\"n\": \"x\"}, {\"n\": \"y\"}], \"k-1\": true}");

  @Test
  void readsNestedKeys() {
    assertThat(JsonPath.read(DOC, "$.a.b")).isEqualTo(List.of(1L, 2L, 3L));
  }

  @Test
  void readsArrayPositionsIncludingFromTheEnd() {
    assertThat(JsonPath.read(DOC, "$.a.b[0]")).isEqualTo(1L);
    assertThat(JsonPath.read(DOC, "$.a.b[-1]")).isEqualTo(3L);
  }

  @Test
  void readsBracketedKeys() {
    assertThat(JsonPath.read(DOC, "$['k-1']")).isEqualTo(true);
    assertThat(JsonPath.read(DOC, "$[\"a\"]['b'][1]")).isEqualTo(2L);
  }

  @Test
  void wildcardCollectsAnArray() {
    assertThat(JsonPath.read(DOC, "$.list[*].n")).isEqualTo(List.of("x", "y"));
  }

  @Test
  void rootIsTheWholeDocument() {
    assertThat(JsonPath.read(Map.of("a", 1L), "$")).isEqualTo(Map.of("a", 1L));
  }

  @Test
  void missingKeyIsAnError() {
    assertThatThrownBy(() -> JsonPath.read(DOC, "$.a.zz"))
        .isInstanceOf(EvaluationError.class)
        .hasMessage("jsonpath \"$.a.zz\": no key \"zz\"");
  }

  @Test
  void unsupportedSelectorIsAnError() {
    assertThatThrownBy(() -> JsonPath.read(DOC, "$.list[?(@.n)]"))
        .isInstanceOf(EvaluationError.class)
        .hasMessageContaining("unsupported selector");
  }
}
