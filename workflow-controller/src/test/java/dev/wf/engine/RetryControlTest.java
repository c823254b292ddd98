package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.control.ControlException;
import dev.wf.engine.control.RunControl;
import dev.wf.engine.control.WorkflowRetry;
import dev.wf.executor.StepSpec;

/**
 * {@code wf retry} as the engine sees it: the failed workflow's status is formulated anew, and the
 * passes that follow run only what must run again.
 */
class RetryControlTest {
  private static final Instant RETRIED = T0.plusSeconds(100);

  private static final String TWO_STEPS =
      """
      metadata: {name: two}
      spec:
        entrypoint: main
        arguments:
          parameters: [{name: mode, value: bad}]
        onExit: bye
        templates:
        - name: main
          steps:
          - - {name: a, template: run}
          - - {name: b, template: check}
        - name: run
          container: {image: alpine, command: [echo, a]}
        - name: check
          container: {image: alpine, command: [test, "{{workflow.parameters.mode}}", "=", good]}
        - name: bye
          container: {image: alpine, command: [echo, bye]}
      """;

  /** Runs TWO_STEPS to its end: a succeeds, b fails, the exit handler runs. */
  private static EngineRun failedTwoSteps() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.end("two[0].a", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("two[1].b", 1, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    run.end("two.onExit", 0, T0.plusSeconds(3));
    run.pass(T0.plusSeconds(3));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    return run;
  }

  private static WorkflowRetry.Options options(Map<String, String> parameters) {
    return new WorkflowRetry.Options(parameters, false, null);
  }

  @Test
  void retryMakesTheWorkflowRunningAgainFromNow() {
    var run = failedTwoSteps();

    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of()), RETRIED));

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
    assertThat(run.status().startedAt()).isEqualTo(RETRIED);
    assertThat(run.status().finishedAt()).isNull();
    assertThat(run.status().message()).isNull();
    assertThat(run.node("two").phase()).isEqualTo(NodePhase.RUNNING);
    assertThat(run.node("two[1]").phase()).isEqualTo(NodePhase.RUNNING);
  }

  @Test
  void retryKeepsTheSucceededStepAndRunsTheFailedOneAgain() {
    var run = failedTwoSteps();
    String a = run.id("two[0].a");
    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of()), RETRIED));

    var d = run.pass(RETRIED);

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("two[1].b"));
    assertThat(run.node("two[0].a").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.hasStep("two[0].a")).isTrue();
    assertThat(run.id("two[0].a")).isEqualTo(a);
  }

  @Test
  void retryOverridesParametersForWhatRunsAgain() {
    var run = failedTwoSteps();
    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of("mode", "good")), RETRIED));

    var d = run.pass(RETRIED);

    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("test", "good", "=", "good"));
    assertThat(run.workflow().spec().arguments().parameters().getFirst().value()).isEqualTo("good");
  }

  @Test
  void retryRunsTheExitHandlerAgainAtTheEnd() {
    var run = failedTwoSteps();
    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of()), RETRIED));
    assertThat(run.status().nodes().values()).noneMatch(n -> n.name().equals("two.onExit"));
    run.pass(RETRIED);
    run.end("two[1].b", 0, RETRIED.plusSeconds(1));

    var d = run.pass(RETRIED.plusSeconds(1));

    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("echo", "bye"));
    run.end("two.onExit", 0, RETRIED.plusSeconds(2));
    run.pass(RETRIED.plusSeconds(2));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void restartSuccessfulRunsTheSelectedSucceededStepAgainToo() {
    var run = failedTwoSteps();
    var restart =
        new WorkflowRetry.Options(Map.of(), true, NodeFieldSelector.parse("displayName=a"));
    run.control(wf -> WorkflowRetry.formulate(wf, restart, RETRIED));

    var d = run.pass(RETRIED);

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("two[0].a"));
  }

  @Test
  void retryRunsAFailedDagTaskAndTheTasksItOmittedAgain() {
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
                      - {name: a, template: run}
                      - {name: b, template: run, depends: a}
                      - {name: c, template: run, depends: b}
                  - name: run
                    container: {image: alpine, command: [echo]}
                """));
    run.pass(T0);
    run.end("d.a", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("d.b", 1, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of()), RETRIED));

    assertThat(started(run.pass(RETRIED)))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("d.b"));
    run.end("d.b", 0, RETRIED.plusSeconds(1));
    assertThat(started(run.pass(RETRIED.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("d.c"));
  }

  @Test
  void aRetriedNodeThatFailedStartsOverFromItsFirstAttempt() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: r}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    retryStrategy: {limit: 1}
                    container: {image: alpine, command: [echo]}
                """));
    run.pass(T0);
    run.end("r(0)", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("r(1)", 1, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of()), RETRIED));

    var d = run.pass(RETRIED);

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("r(0)"));
    assertThat(run.node("r").children()).hasSize(1);
  }

  @Test
  void aWorkflowStoppedWhileSuspendedRunsAgainUnsuspended() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.control(RunControl::suspend);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.TERMINATE));
    run.pass(T0.plusSeconds(1));

    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of()), RETRIED));

    assertThat(run.workflow().spec().suspend()).isNull();
    assertThat(run.workflow().spec().shutdown()).isNull();
    assertThat(started(run.pass(RETRIED)))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("two[0].a"));
  }

  @Test
  void retryRefusesAWorkflowThatIsStillRunning() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);

    assertThatThrownBy(() -> WorkflowRetry.formulate(run.workflow(), options(Map.of()), RETRIED))
        .isInstanceOf(ControlException.class)
        .hasMessage(
            "workflow \"two\" is Running: only a workflow that ended Failed or Error can be retried");
  }

  @Test
  void retryOfASucceededWorkflowNeedsRestartSuccessful() {
    var run = failedTwoSteps();
    run.control(wf -> WorkflowRetry.formulate(wf, options(Map.of("mode", "good")), RETRIED));
    run.pass(RETRIED);
    run.end("two[1].b", 0, RETRIED.plusSeconds(1));
    run.pass(RETRIED.plusSeconds(1));
    run.end("two.onExit", 0, RETRIED.plusSeconds(2));
    run.pass(RETRIED.plusSeconds(2));

    assertThatThrownBy(() -> WorkflowRetry.formulate(run.workflow(), options(Map.of()), RETRIED))
        .hasMessageContaining("has succeeded: retry it with --restart-successful");
  }
}
