package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.fixture;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.killed;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.executor.StepSpec;

/** Lifecycle hooks with expressions, on workflows, steps and DAG tasks, pass by pass. */
class LifecycleHookReconcilerTest {
  private static final String WORK = "lifecycle[0].work-1";

  @Test
  void startsTheHooksWhoseExpressionsHoldWithTheStep() {
    var run = new EngineRun(fixture("hooks-lifecycle"));

    var d = run.pass(T0);

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(
            run.id(WORK), run.id(WORK + ".hooks.started"), run.id("lifecycle.hooks.running"));
    assertThat(run.has(WORK + ".hooks.succeeded")).isFalse();
    assertThat(run.has("lifecycle.hooks.failed")).isFalse();
  }

  @Test
  void makesAStepHookAChildOfItsStep() {
    var run = new EngineRun(fixture("hooks-lifecycle"));

    run.pass(T0);

    var hook = run.node(WORK + ".hooks.started");
    assertThat(hook.displayName()).isEqualTo("work-1.hooks.started");
    assertThat(hook.boundaryID()).isEqualTo(run.id("lifecycle"));
    assertThat(run.node(WORK).children()).containsExactly(hook.id());
  }

  @Test
  void makesAWorkflowHookAChildOfTheWorkflowsNode() {
    var run = new EngineRun(fixture("hooks-lifecycle"));

    run.pass(T0);

    var hook = run.node("lifecycle.hooks.running");
    assertThat(hook.displayName()).isEqualTo("lifecycle.hooks.running");
    assertThat(hook.boundaryID()).isNull();
    assertThat(run.node("lifecycle").children()).contains(hook.id());
  }

  @Test
  void runsAHookOnlyOnce() {
    var run = new EngineRun(fixture("hooks-lifecycle"));
    run.pass(T0);
    run.end(WORK + ".hooks.started", 0, T0.plusSeconds(1));
    run.end("lifecycle.hooks.running", 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).isEmpty();
    assertThat(run.node(WORK + ".hooks.started").phase()).isEqualTo(NodePhase.SUCCEEDED);
  }

  @Test
  void startsAHookWhenItsExpressionFirstHoldsAndWaitsForIt() {
    var run = new EngineRun(fixture("hooks-lifecycle"));
    run.pass(T0);
    run.end(WORK + ".hooks.started", 0, T0.plusSeconds(1));
    run.end(WORK, 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id(WORK + ".hooks.succeeded"));
    assertThat(run.node("lifecycle[0]").fulfilled()).isFalse();
    run.end(WORK + ".hooks.succeeded", 0, T0.plusSeconds(2));
    assertThat(started(run.pass(T0.plusSeconds(2))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("lifecycle[1].last"));
  }

  @Test
  void runsTheExitHandlerOnlyOnceTheWorkflowsHooksHaveEnded() {
    var run = new EngineRun(fixture("hooks-lifecycle"));
    run.pass(T0);
    run.end(WORK + ".hooks.started", 0, T0.plusSeconds(1));
    run.end(WORK, 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end(WORK + ".hooks.succeeded", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    run.end("lifecycle[1].last", 0, T0.plusSeconds(3));

    assertThat(started(run.pass(T0.plusSeconds(3)))).isEmpty();
    assertThat(run.node("lifecycle").phase()).isEqualTo(NodePhase.SUCCEEDED);
    run.end("lifecycle.hooks.running", 0, T0.plusSeconds(4));
    assertThat(started(run.pass(T0.plusSeconds(4))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("lifecycle.onExit"));
    run.end("lifecycle.onExit", 0, T0.plusSeconds(5));
    run.pass(T0.plusSeconds(5));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void startsAWorkflowHookOnceTheWorkflowHasFailed() {
    var run = new EngineRun(fixture("hooks-lifecycle"));
    run.pass(T0);
    run.end(WORK + ".hooks.started", 0, T0.plusSeconds(1));
    run.end("lifecycle.hooks.running", 0, T0.plusSeconds(1));
    run.end(WORK, 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("lifecycle.hooks.failed"));
    run.end("lifecycle.hooks.failed", 0, T0.plusSeconds(2));
    assertThat(started(run.pass(T0.plusSeconds(2))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("lifecycle.onExit"));
  }

  @Test
  void makesATaskHookAChildOfItsRetryNodeBesideTheAttempts() {
    var run = new EngineRun(fixture("hooks-dag-lifecycle"));
    run.pass(T0);
    assertThat(run.node("dag-hooks.A").children())
        .containsExactly(run.id("dag-hooks.A(0)"), run.id("dag-hooks.A.hooks.running"));
    run.end("dag-hooks.A(0)", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("dag-hooks.A(1)"));
    assertThat(run.node("dag-hooks.A").type()).isEqualTo(NodeType.RETRY);
  }

  @Test
  void keepsTheDagRunningUntilItsTasksHooksHaveEnded() {
    var run = new EngineRun(fixture("hooks-dag-lifecycle"));
    run.pass(T0);
    for (int i = 0; i < 3; i++) {
      run.end("dag-hooks.A(" + i + ")", 1, T0.plusSeconds(1 + i));
      run.pass(T0.plusSeconds(1 + i));
    }
    assertThat(run.node("dag-hooks.A").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("dag-hooks").phase()).isEqualTo(NodePhase.RUNNING);
    run.end("dag-hooks.A.hooks.running", 0, T0.plusSeconds(5));

    run.pass(T0.plusSeconds(5));

    assertThat(run.node("dag-hooks").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void errorsTheGroupOfAHookWhoseExpressionCannotBeEvaluated() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: bad}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        template: job
                        hooks:
                          h: {template: job, expression: asInt(steps.a.status) > 0}
                  - {name: job, container: {image: alpine, command: [sleep, "9"]}}
                """));

    var d = run.pass(T0);

    assertThat(run.node("bad[0]").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("bad[0]").message()).startsWith("hook bad[0].a.hooks.h: ");
    assertThat(run.node("bad").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(started(d)).isEmpty();
    assertThat(killed(d)).isEmpty();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void errorsTheWorkflowsNodeWhenAWorkflowHookCannotBeEvaluated() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: wbad}
                spec:
                  entrypoint: main
                  hooks:
                    h: {template: main, expression: asInt(workflow.status) > 0}
                  templates:
                  - {name: main, container: {image: alpine, command: [sleep, "9"]}}
                """));

    var d = run.pass(T0);

    assertThat(started(d)).isEmpty();
    assertThat(run.node("wbad").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("wbad").message()).startsWith("hook wbad.hooks.h: ");
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.ERROR);
  }
}
