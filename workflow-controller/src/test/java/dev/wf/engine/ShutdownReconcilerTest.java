package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.killed;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.control.RunControl;

/** {@code spec.shutdown} (stop and terminate), decided pass by pass. */
class ShutdownReconcilerTest {
  private static final String STOPPED = "Stopped with strategy 'Stop'";
  private static final String STEP_STOPPED = "workflow shutdown with strategy: Stop";

  private static final String WITH_EXIT_HANDLER =
      """
      metadata: {name: ex}
      spec:
        entrypoint: main
        onExit: cleanup
        templates:
        - name: main
          steps:
          - - {name: work, template: sleep}
          - - {name: after, template: sleep}
        - name: sleep
          container: {image: alpine, command: [sleep, "60"]}
        - name: cleanup
          container: {image: alpine, command: [echo, bye]}
      """;

  private static EngineRun running(String yaml) {
    var run = new EngineRun(workflow(yaml));
    run.pass(T0);
    return run;
  }

  @Test
  void stopKillsTheRunningStepAndStartsNothingAfterIt() {
    var run = running(WITH_EXIT_HANDLER);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(killed(d))
        .containsExactly(new Action.KillStep("ex", run.id("ex[0].work"), STEP_STOPPED));
    assertThat(run.node("ex[0].work").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("ex[0].work").message()).isEqualTo(STEP_STOPPED);
    assertThat(run.status().nodes().values()).noneMatch(n -> n.name().equals("ex[1].after"));
  }

  @Test
  void stopStillRunsTheExitHandler() {
    var run = running(WITH_EXIT_HANDLER);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("echo", "bye"));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
  }

  @Test
  void aStoppedWorkflowFailsWithArgosMessageOnceItsExitHandlerEnds() {
    var run = running(WITH_EXIT_HANDLER);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));
    run.pass(T0.plusSeconds(1));
    run.end("ex.onExit", 0, T0.plusSeconds(2));

    run.pass(T0.plusSeconds(2));

    assertThat(run.node("ex.onExit").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message()).isEqualTo(STOPPED);
  }

  @Test
  void terminateRunsNoExitHandler() {
    var run = running(WITH_EXIT_HANDLER);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.TERMINATE));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).isEmpty();
    assertThat(killed(d)).hasSize(1);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message()).isEqualTo("Stopped with strategy 'Terminate'");
    assertThat(run.status().nodes().values()).noneMatch(n -> n.name().equals("ex.onExit"));
  }

  @Test
  void terminateKillsAnExitHandlerThatRuns() {
    var run = running(WITH_EXIT_HANDLER);
    run.end("ex[0].work", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.TERMINATE));

    var d = run.pass(T0.plusSeconds(2));

    assertThat(killed(d))
        .singleElement()
        .satisfies(k -> assertThat(k.nodeId()).isEqualTo(run.id("ex.onExit")));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void stopFailsAWaitingSuspendNode() {
    var run =
        running(
            """
            metadata: {name: s}
            spec:
              entrypoint: wait
              templates:
              - name: wait
                suspend: {}
            """);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("s").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("s").message()).isEqualTo(STOPPED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void stopStartsNoFurtherRetryAttempt() {
    var run =
        running(
            """
            metadata: {name: r}
            spec:
              entrypoint: main
              templates:
              - name: main
                retryStrategy: {limit: 3}
                container: {image: alpine, command: [sleep, "60"]}
            """);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).isEmpty();
    assertThat(run.node("r").children()).hasSize(1);
    assertThat(run.node("r").message()).isEqualTo(STOPPED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void stopFailsADagWhoseOtherTasksNeverStart() {
    var run =
        running(
            """
            metadata: {name: d}
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  failFast: false
                  tasks:
                  - {name: a, template: sleep}
                  - {name: b, template: sleep, depends: a}
                  - {name: c, template: sleep, depends: a.Failed}
              - name: sleep
                container: {image: alpine, command: [sleep, "60"]}
            """);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.STOP));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).isEmpty();
    assertThat(run.node("d.c").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("d.c").message()).isEqualTo(STEP_STOPPED);
    assertThat(run.node("d").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.status().message()).isEqualTo(STOPPED);
  }

  @Test
  void shuttingDownOverridesSuspend() {
    var run = running(WITH_EXIT_HANDLER);
    run.control(RunControl::suspend);
    run.control(wf -> RunControl.shutdown(wf, ShutdownStrategy.TERMINATE));

    run.pass(T0.plusSeconds(1));

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
