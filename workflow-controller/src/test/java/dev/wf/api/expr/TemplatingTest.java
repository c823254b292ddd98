package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.wf.api.expr.Templating.Reference;

class TemplatingTest {
  private static final Map<String, String> VARS =
      Map.of(
          "inputs.parameters.message", "hello",
          "inputs.parameters.count", "3",
          "workflow.name", "wf-1",
          "item", "{\"name\":\"a\",\"size\":2,\"tags\":[\"x\",\"y\"]}",
          "steps.gen.outputs.result", "[1, 2, 3]");

  @Test
  void findsPlainAndExpressionReferencesWithTheirOffsets() {
    var refs = Templating.references("a {{ inputs.parameters.x }} b {{=asInt(y) + 1}}");

    assertThat(refs)
        .containsExactly(
            new Reference(2, 27, "inputs.parameters.x", false),
            new Reference(30, 47, "asInt(y) + 1", true));
  }

  @Test
  void expressionEndsAfterBracesAndStringsItOpened() {
    var refs = Templating.references("{{=toJson({a: {b: '}}'}})}} tail");

    assertThat(refs)
        .singleElement()
        .extracting(Reference::body)
        .isEqualTo("toJson({a: {b: '}}'}})");
  }

  @Test
  void unterminatedTagIsPlainText() {
    assertThat(Templating.references("echo {{ not closed")).isEmpty();
    assertThat(Templating.substitute("echo {{ not closed", VARS)).isEqualTo("echo {{ not closed");
  }

  @Test
  void substitutesPlainReferencesWithWhitespaceInsideBraces() {
    assertThat(
            Templating.substitute("say {{inputs.parameters.message}} to {{ workflow.name }}", VARS))
        .isEqualTo("say hello to wf-1");
  }

  @Test
  void textWithoutReferencesIsReturnedUnchanged() {
    assertThat(Templating.substitute("plain $HOME {x}", VARS)).isEqualTo("plain $HOME {x}");
  }

  @Test
  void unresolvedReferencesAreAllNamed() {
    assertThatThrownBy(
            () ->
                Templating.substitute(
                    "{{inputs.parameters.mesage}} {{workflow.name}} {{nope}}", VARS))
        .isInstanceOfSatisfying(
            UnresolvedVariableException.class,
            e -> assertThat(e.names()).containsExactly("inputs.parameters.mesage", "nope"))
        .hasMessage("unresolved variables \"inputs.parameters.mesage\", \"nope\"");
  }

  @Test
  void plainReferenceReachesIntoJsonValue() {
    assertThat(Templating.substitute("{{item.name}}:{{item.size}}:{{item.tags}}", VARS))
        .isEqualTo("a:2:[\"x\",\"y\"]");
  }

  @Test
  void expressionResultIsRenderedAsText() {
    assertThat(Templating.substitute("n={{=asInt(inputs.parameters.count) * 2}}", VARS))
        .isEqualTo("n=6");
  }

  @Test
  void expressionOverJsonValueRendersJson() {
    assertThat(Templating.substitute("{{=filter(steps.gen.outputs.result, {# > 1})}}", VARS))
        .isEqualTo("[2,3]");
  }

  @Test
  void expressionWithMissingVariableIsUnresolved() {
    assertThatThrownBy(() -> Templating.substitute("{{=asInt(inputs.parameters.nope) + 1}}", VARS))
        .isInstanceOfSatisfying(
            UnresolvedVariableException.class,
            e -> assertThat(e.names()).containsExactly("inputs.parameters.nope"));
  }

  @Test
  void unresolvedNamesFromPlainAndExpressionTagsAreCollectedTogether() {
    assertThatThrownBy(() -> Templating.substitute("{{a}} {{=b.c}}", VARS))
        .isInstanceOfSatisfying(
            UnresolvedVariableException.class,
            e -> assertThat(e.names()).containsExactly("a", "b.c"));
  }

  @Test
  void malformedExpressionThrowsExpressionException() {
    assertThatThrownBy(() -> Templating.substitute("{{=asInt(x))}}", VARS))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("unexpected token \")\" at position 9 in \"asInt(x))\"");
  }

  @Test
  void substituteTreeReplacesValuesButNotKeys() throws Exception {
    var mapper = JsonMapper.builder().build();
    JsonNode tree =
        mapper.readTree(
            "{\"{{workflow.name}}\": \"{{workflow.name}}\", \"args\": [\"{{inputs.parameters.count}}\", 7]}");

    JsonNode result = Templating.substituteTree(tree, VARS);

    assertThat(result.toString()).isEqualTo("{\"{{workflow.name}}\":\"wf-1\",\"args\":[\"3\",7]}");
    assertThat(tree.get("args").get(0).asText()).isEqualTo("{{inputs.parameters.count}}");
  }

  @Test
  void substituteTreeNamesUnresolvedVariablesFromEveryValue() throws Exception {
    JsonNode tree = JsonMapper.builder().build().readTree("{\"a\": \"{{x}}\", \"b\": [\"{{y}}\"]}");

    assertThatThrownBy(() -> Templating.substituteTree(tree, VARS))
        .isInstanceOfSatisfying(
            UnresolvedVariableException.class,
            e -> assertThat(e.names()).containsExactly("x", "y"));
  }
}
