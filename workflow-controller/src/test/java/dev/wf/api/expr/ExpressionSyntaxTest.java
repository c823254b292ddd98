package dev.wf.api.expr;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forms that Argo workflows write and that must parse, even where wf cannot evaluate them. */
class ExpressionSyntaxTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "cron.last == nil || (now() - cron.last).Seconds() > 360",
        "filter(data, {# endsWith \"main.log\"})",
        "tasks['flip-coin'].outputs.result == 'heads' ? tasks.a.outputs.x : tasks.b.outputs.x",
        "asInt(x) == 1? 1: asInt(x) == 2? 1: steps['helper'].outputs.parameters.result",
        "asInt(lastRetry.exitCode) > 1 &&\n lastRetry.message matches 'node shutdown|deleted'",
        "map([1], {\n toJson({avg: #[0] / 5, 'max': sprig.max(#[0], 1)})\n})[0]",
        "workflow.status == \"Running\"",
        "items?.[0]?.name ?? `raw string`",
        "x not in [1, 2] and not y",
        "[1, 2,] | map(# + 1) | filter(# > 2)",
      })
  void parses(String expression) {
    assertThatCode(() -> Expression.parse(expression)).doesNotThrowAnyException();
  }
}
