package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.killed;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.executor.StepSpec;

/**
 * Template {@code activeDeadlineSeconds} and {@code timeout}, and the workflow's {@code
 * activeDeadlineSeconds}, decided pass by pass with a fake step map and explicit times.
 */
class DeadlineReconcilerTest {
  private static final String POD_MESSAGE =
      "Pod was active on the node longer than the specified deadline";

  private static EngineRun sleeping(String limits) {
    return new EngineRun(
        workflow(
            """
            metadata: {name: t}
            spec:
              entrypoint: main
              templates:
              - name: main
                %s
                container: {image: alpine, command: [sleep, "60"]}
            """
                .formatted(limits)));
  }

  @Test
  void asksToBeWokenAtAPodsDeadline() {
    var run = sleeping("activeDeadlineSeconds: 10");

    assertThat(run.pass(T0).wakeAt()).contains(T0.plusSeconds(10));
  }

  @Test
  void killsAPodPastItsActiveDeadlineSeconds() {
    var run = sleeping("activeDeadlineSeconds: 10");
    run.pass(T0);

    var d = run.pass(T0.plusSeconds(10));

    assertThat(killed(d)).singleElement().isEqualTo(new Action.KillStep("t", "t", POD_MESSAGE));
    assertThat(run.node("t").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("t").message()).isEqualTo(POD_MESSAGE);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void keepsTheResultOfAStepThatEndedBeforeItsDeadlineWasSeen() {
    var run = sleeping("activeDeadlineSeconds: 10");
    run.pass(T0);
    run.end("t", 0, T0.plusSeconds(9));

    var d = run.pass(T0.plusSeconds(11));

    assertThat(killed(d)).isEmpty();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void stopsAPodAtItsTimeoutReadFromAnInput() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: i}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    inputs: {parameters: [{name: limit, value: 20s}]}
                    timeout: "{{inputs.parameters.limit}}"
                    container: {image: alpine, command: [sleep, "60"]}
                """));
    assertThat(run.pass(T0).wakeAt()).contains(T0.plusSeconds(20));

    assertThat(killed(run.pass(T0.plusSeconds(20)))).hasSize(1);
    assertThat(run.node("i").message()).isEqualTo(POD_MESSAGE);
  }

  @Test
  void failsAStepsTemplatePastItsTimeoutAndKillsWhatRunsUnderIt() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: s}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    timeout: 1m
                    steps:
                    - - {name: a, template: sleep}
                      - {name: b, template: sleep}
                  - name: sleep
                    container: {image: alpine, command: [sleep, "600"]}
                """));
    run.pass(T0);
    run.end("s[0].b", 0, T0.plusSeconds(5));
    run.pass(T0.plusSeconds(5));

    var d = run.pass(T0.plusSeconds(60));

    assertThat(killed(d)).extracting(Action.KillStep::nodeId).containsExactly(run.id("s[0].a"));
    assertThat(run.node("s").message()).isEqualTo("Step exceeded its deadline");
    assertThat(run.node("s[0].a").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("s[0].b").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void retriesAnAttemptKilledByItsDeadline() {
    var run = sleeping("activeDeadlineSeconds: 10\n    retryStrategy: {limit: 1}");
    run.pass(T0);

    var d = run.pass(T0.plusSeconds(10));

    assertThat(killed(d)).extracting(Action.KillStep::nodeId).containsExactly(run.id("t(0)"));
    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("t(1)"));
    assertThat(d.wakeAt()).contains(T0.plusSeconds(20));
  }

  @Test
  void errorsANodeWhoseTimeoutDoesNotParse() {
    var run = sleeping("timeout: soon");

    run.pass(T0);

    assertThat(run.node("t").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("t").message()).startsWith("timeout: invalid duration \"soon\"");
  }

  private static final String WORKFLOW_DEADLINE =
      """
      metadata: {name: w}
      spec:
        entrypoint: main
        activeDeadlineSeconds: 10
        onExit: bye
        templates:
        - name: main
          steps:
          - - {name: a, template: sleep}
            - {name: b, template: wait}
        - name: sleep
          container: {image: alpine, command: [sleep, "600"]}
        - name: wait
          suspend: {}
        - name: bye
          container: {image: alpine, command: [echo, "{{workflow.status}}"]}
      """;

  @Test
  void wakesAtTheWorkflowsDeadlineCountedFromItsStartInWholeSeconds() {
    var run = new EngineRun(workflow(WORKFLOW_DEADLINE));

    assertThat(run.pass(T0.plusMillis(700)).wakeAt()).contains(T0.plusSeconds(10));
  }

  @Test
  void failsWhatStillRunsAtTheWorkflowsDeadlineAndThenRunsTheExitHandler() {
    var run = new EngineRun(workflow(WORKFLOW_DEADLINE));
    run.pass(T0);

    var d = run.pass(T0.plusSeconds(10));

    assertThat(killed(d))
        .singleElement()
        .isEqualTo(new Action.KillStep("w", run.id("w[0].a"), "Step exceeded its deadline"));
    assertThat(run.node("w[0].b").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("w[0].b").message()).isEqualTo("Step exceeded its deadline");
    assertThat(started(d)).extracting(StepSpec::command).containsExactly(List.of("echo", "Failed"));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
  }

  @Test
  void endsFailedWithArgosMessageOnceTheExitHandlerHasRun() {
    var run = new EngineRun(workflow(WORKFLOW_DEADLINE));
    run.pass(T0);
    run.pass(T0.plusSeconds(10));
    run.end("w.onExit", 0, T0.plusSeconds(11));

    run.pass(T0.plusSeconds(11));

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message()).isEqualTo("Step exceeded its deadline");
  }
}
