package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.executor.StepSpec;

/** {@code retryStrategy}, decided pass by pass with a fake step map. */
class RetryReconcilerTest {
  /** A workflow {@code r} whose entrypoint is a retried container; {@code strategy} is YAML. */
  private static EngineRun retried(String strategy) {
    return new EngineRun(
        workflow(
            """
            metadata: {name: r}
            spec:
              entrypoint: main
              templates:
              - name: main
                retryStrategy: %s
                container: {image: alpine, command: [sh, -c, "exit 1"]}
            """
                .formatted(strategy)));
  }

  @Test
  void runsARetriedTemplateAsARetryNodeWithOneChildPerAttempt() {
    var run = retried("{limit: 2}");
    assertThat(started(run.pass(T0))).extracting(StepSpec::nodeId).containsExactly(run.id("r(0)"));
    run.end("r(0)", 1, T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("r(1)"));
    assertThat(run.node("r").type()).isEqualTo(NodeType.RETRY);
    assertThat(run.node("r").phase()).isEqualTo(NodePhase.RUNNING);
    assertThat(run.node("r").children()).containsExactly(run.id("r(0)"), run.id("r(1)"));
    assertThat(run.node("r(1)").type()).isEqualTo(NodeType.POD);
    assertThat(run.node("r(1)").displayName()).isEqualTo("r(1)");
    assertThat(run.id("r(1)")).isEqualTo(NodeIds.of("r", "r(1)"));
  }

  @Test
  void givesLaterAttemptsTheInputsOfTheRetriedStep() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: r}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: try
                        template: flaky
                        arguments: {parameters: [{name: x, value: "42"}]}
                  - name: flaky
                    inputs: {parameters: [{name: x}]}
                    retryStrategy: {limit: 2}
                    container: {image: alpine, command: [echo, "{{inputs.parameters.x}}"]}
                """));
    run.pass(T0);
    run.end("r[0].try(0)", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .singleElement()
        .extracting(StepSpec::command)
        .isEqualTo(List.of("echo", "42"));
    assertThat(run.node("r[0].try(1)").inputs().parameters().get(0).value()).isEqualTo("42");
  }

  @Test
  void succeedsWithTheOutputsOfTheAttemptThatSucceeded() {
    var run = retried("{limit: 3}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("r(1)", 0, T0.plusSeconds(2));

    run.pass(T0.plusSeconds(2));

    assertThat(run.node("r").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.node("r").outputs().result()).isEqualTo("out-0");
    assertThat(run.node("r").outputs().exitCode()).isEqualTo("0");
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(run.status().progress()).isEqualTo("1/2");
  }

  @Test
  void failsWithArgosMessageWhenNoRetriesAreLeft() {
    var run = retried("{limit: \"1\"}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("r(1)", 2, T0.plusSeconds(2));

    var d = run.pass(T0.plusSeconds(2));

    assertThat(started(d)).isEmpty();
    assertThat(run.node("r").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("r").message()).isEqualTo("No more retries left");
    assertThat(run.node("r").outputs().exitCode()).isEqualTo("2");
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message()).isEqualTo("No more retries left");
  }

  @Test
  void doesNotRetryAnErrorUnderTheDefaultPolicy() {
    var run = retried("{limit: 3}");
    run.pass(T0);
    run.error("r(0)", T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1)))).isEmpty();
    assertThat(run.node("r").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("r").message()).isEqualTo("cannot start");
  }

  @Test
  void retriesAnErrorButNotAFailureUnderOnError() {
    var run = retried("{limit: 3, retryPolicy: OnError}");
    run.pass(T0);
    run.error("r(0)", T0.plusSeconds(1));
    assertThat(started(run.pass(T0.plusSeconds(1)))).hasSize(1);
    run.end("r(1)", 1, T0.plusSeconds(2));

    assertThat(started(run.pass(T0.plusSeconds(2)))).isEmpty();
    assertThat(run.node("r").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("r").message()).isEqualTo("Error (exit code 1)");
  }

  @Test
  void retriesFailuresAndErrorsUnderAlways() {
    var run = retried("{limit: 3, retryPolicy: Always}");
    run.pass(T0);
    run.error("r(0)", T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("r(1)", 1, T0.plusSeconds(2));

    assertThat(started(run.pass(T0.plusSeconds(2))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("r(2)"));
  }

  @Test
  void retriesWithoutLimitWhenTheStrategyIsEmpty() {
    var run = retried("{}");
    run.pass(T0);
    for (int i = 0; i < 5; i++) {
      run.end("r(" + i + ")", 1, T0.plusSeconds(i + 1));
      assertThat(started(run.pass(T0.plusSeconds(i + 1)))).hasSize(1);
    }
    assertThat(run.node("r").children()).hasSize(6);
  }

  @Test
  void waitsForTheBackoffBeforeTheNextAttempt() {
    var run = retried("{limit: 5, backoff: {duration: \"2\", factor: 3}}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));

    var waiting = run.pass(T0.plusSeconds(1));
    assertThat(started(waiting)).isEmpty();
    assertThat(waiting.wakeAt()).contains(T0.plusSeconds(3));
    assertThat(run.node("r").message()).isEqualTo("Backoff for 2 seconds");

    assertThat(started(run.pass(T0.plusSeconds(3)))).hasSize(1);
    assertThat(run.node("r").message()).isNull();
    run.end("r(1)", 1, T0.plusSeconds(4));
    assertThat(run.pass(T0.plusSeconds(4)).wakeAt()).contains(T0.plusSeconds(10));
  }

  @Test
  void capsTheBackoff() {
    var run = retried("{limit: 5, backoff: {duration: 1m, factor: 10, cap: 90s}}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(61));
    run.end("r(1)", 1, T0.plusSeconds(62));

    assertThat(run.pass(T0.plusSeconds(62)).wakeAt()).contains(T0.plusSeconds(152));
    assertThat(run.node("r").message()).isEqualTo("Backoff for 1 minute 30 seconds");
  }

  @Test
  void stopsWhenTheBackoffWouldPassMaxDuration() {
    var run = retried("{limit: 5, backoff: {duration: \"20\", maxDuration: \"15\"}}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("r").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("r").message()).isEqualTo("Backoff would exceed max duration limit");
  }

  @Test
  void stopsAnAttemptThatOutlivesMaxDuration() {
    var run = retried("{limit: 5, backoff: {duration: \"1\", maxDuration: \"30\"}}");
    assertThat(run.pass(T0).wakeAt()).contains(T0.plusSeconds(30));

    var d = run.pass(T0.plusSeconds(30));

    assertThat(EngineRun.killed(d)).extracting(Action.KillStep::nodeId).contains(run.id("r(0)"));
    assertThat(started(d)).isEmpty();
    assertThat(run.node("r").message()).isEqualTo("Max duration limit exceeded");
  }

  @Test
  void retriesOnlyWhileTheExpressionHolds() {
    var run = retried("{limit: 5, expression: \"asInt(lastRetry.exitCode) > 1\"}");
    run.pass(T0);
    run.end("r(0)", 2, T0.plusSeconds(1));
    assertThat(started(run.pass(T0.plusSeconds(1)))).hasSize(1);
    run.end("r(1)", 1, T0.plusSeconds(2));

    assertThat(started(run.pass(T0.plusSeconds(2)))).isEmpty();
    assertThat(run.node("r").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("r").message()).isEqualTo("retryStrategy.expression evaluated to false");
  }

  @Test
  void givesTheExpressionTheLastDurationInWholeSeconds() {
    var run = retried("{limit: 5, expression: \"asInt(lastRetry.duration) == 2\"}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusMillis(2400));

    assertThat(started(run.pass(T0.plusSeconds(3)))).hasSize(1);
  }

  @Test
  void retriesAnErrorWhenAnExpressionIsGivenWithoutAPolicy() {
    var run = retried("{limit: 5, expression: \"lastRetry.status == 'Error'\"}");
    run.pass(T0);
    run.error("r(0)", T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1)))).hasSize(1);
  }

  @Test
  void givesEachAttemptItsRetriesAndLastRetryVariables() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: v}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    retryStrategy: {limit: 2}
                    container: {image: alpine, command: [echo, "{{retries}} {{lastRetry.exitCode}}"]}
                """));
    assertThat(started(run.pass(T0)))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "0 0"));
    run.end("v(0)", 7, T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "1 7"));
  }

  @Test
  void readsTheLimitFromAnInputParameter() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: p}
                spec:
                  entrypoint: main
                  arguments: {parameters: [{name: n, value: "0"}]}
                  templates:
                  - name: main
                    inputs: {parameters: [{name: n, value: "{{workflow.parameters.n}}"}]}
                    retryStrategy: {limit: "{{inputs.parameters.n}}"}
                    container: {image: alpine, command: ["false"]}
                """));
    run.pass(T0);
    run.end("p(0)", 1, T0.plusSeconds(1));

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("p").message()).isEqualTo("No more retries left");
  }

  @Test
  void errorsTheRetryNodeOnAnUnknownPolicy() {
    var run = retried("{retryPolicy: Sometimes}");

    run.pass(T0);

    assertThat(run.node("r").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("r").message())
        .isEqualTo(
            "retryStrategy.retryPolicy: \"Sometimes\" is not one of Always, OnFailure, OnError,"
                + " OnTransientError");
  }

  @Test
  void errorsTheRetryNodeWhenItsExpressionCannotBeEvaluated() {
    var run = retried("{expression: \"asInt(lastRetry.message) > 1\"}");
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("r").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("r").message()).startsWith("retryStrategy.expression: ");
  }

  @Test
  void appliesTheWorkflowsRetryStrategyToEveryTemplate() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: s}
                spec:
                  entrypoint: main
                  retryStrategy: {limit: 1}
                  templates:
                  - name: main
                    steps:
                    - - {name: a, template: t}
                  - name: t
                    container: {image: alpine, command: ["false"]}
                """));
    run.pass(T0);
    run.end("s(0)[0].a(0)", 1, T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("s(0)[0].a(1)"));
    assertThat(run.node("s").type()).isEqualTo(NodeType.RETRY);
    assertThat(run.node("s(0)").type()).isEqualTo(NodeType.STEPS);
    assertThat(run.node("s(0)[0].a").type()).isEqualTo(NodeType.RETRY);
  }

  @Test
  void hangsADependentTaskFromTheLastAttempt() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: d}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      tasks:
                      - {name: A, template: flaky}
                      - {name: B, template: flaky, depends: A}
                  - name: flaky
                    retryStrategy: {limit: 1}
                    container: {image: alpine, command: ["true"]}
                """));
    run.pass(T0);
    run.end("d.A(0)", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("d.A(1)", 0, T0.plusSeconds(2));

    assertThat(started(run.pass(T0.plusSeconds(2))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("d.B(0)"));
    assertThat(run.node("d.A").children()).containsExactly(run.id("d.A(0)"), run.id("d.A(1)"));
    assertThat(run.node("d.A(1)").children()).containsExactly(run.id("d.B"));
  }
}
