package dev.wf.api.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OutputPathsTest {
  private static final JsonNode OBJECT =
      json(
          """
          {"metadata": {"name": "pi", "uid": "u-1", "labels": {"a.b": "x"}},
           "spec": {"completions": 3},
           "status": {"succeeded": 2, "items": [{"n": "a"}, {"n": "b"}]}}
          """);

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{.metadata.name}|pi",
        "{$.metadata.uid}|u-1",
        "{ .spec.completions }|3",
        "{.status.succeeded}/{.spec.completions}|2/3",
        "{.status.items[*].n}|a b",
        "{.status.items[-1].n}|b",
        "{.metadata.labels['a.b']}|x",
        "{.metadata.missing}|''",
        "{.status.items[0]}|{\"n\":\"a\"}",
        "name: {.metadata.name}|name: pi",
      })
  void jsonPathPrintsAsKubectlDoes(String template, String expected) {
    assertThat(JsonPathTemplate.parse(template).evaluate(OBJECT)).isEqualTo(expected);
  }

  @Test
  void jsonPathRejectsRangeAtItsOffset() {
    assertThatThrownBy(() -> JsonPathTemplate.parse("{range .items[*]}{.n}{end}"))
        .isInstanceOfSatisfying(ConditionException.class, e -> assertThat(e.offset()).isEqualTo(1));
  }

  @Test
  void jsonPathRejectsAnUnclosedBrace() {
    assertThatThrownBy(() -> JsonPathTemplate.parse("{.metadata.name"))
        .hasMessage("unclosed \"{\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ".metadata.name|pi",
        ".spec.completions|3",
        ".status.items[]|'{\"n\":\"a\"}\n{\"n\":\"b\"}'",
        ".status.items[1].n|b",
        ".metadata.labels[\"a.b\"]|x",
        ".metadata.labels.\"a.b\"|x",
        ".metadata.missing|null",
        ".spec|{\"completions\":3}",
      })
  void jqPathPrintsEachResultOnALine(String filter, String expected) {
    assertThat(JqPath.parse(filter).evaluate(OBJECT)).isEqualTo(expected);
  }

  @Test
  void jqIdentityPrintsTheWholeObject() {
    assertThat(JqPath.parse(".").evaluate(OBJECT)).isEqualTo(OBJECT.toString());
  }

  @Test
  void jqRejectsPipesAndFunctions() {
    assertThatThrownBy(() -> JqPath.parse(".items | length"))
        .isInstanceOfSatisfying(ConditionException.class, e -> assertThat(e.offset()).isEqualTo(6));
    assertThatThrownBy(() -> JqPath.parse("length")).isInstanceOf(ConditionException.class);
  }
}
