package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.killed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;

/**
 * Pod nodes whose step is pending (its pod not running yet) show Pending, as Argo's do, and a
 * template's {@code pendingTimeout} and {@code timeout} fail such a node with "timeout" and kill
 * its step; decided pass by pass with a fake step map and explicit times.
 */
class PendingTimeoutReconcilerTest {
  private static final String TIMEOUT = "timeout";

  private static EngineRun sleeping(String limits) {
    return new EngineRun(
        workflow(
            """
            metadata: {name: p}
            spec:
              entrypoint: main
              templates:
              - name: main
                %s
                container: {image: alpine, command: [sleep, "60"]}
            """
                .formatted(limits)));
  }

  /** A run whose only step the runtime reports pending since {@code T0}. */
  private static EngineRun pending(String limits) {
    var run = sleeping(limits);
    run.pass(T0);
    run.observe("p", StepState.pending(T0));
    return run;
  }

  @Test
  void showsAPodNodePendingWhileItsStepIsPending() {
    var run = pending("");

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("p").phase()).isEqualTo(NodePhase.PENDING);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
  }

  @Test
  void showsThePodNodeRunningOnceItsStepRuns() {
    var run = pending("");
    run.pass(T0.plusSeconds(1));
    run.observe("p", StepState.running(T0.plusSeconds(2)));

    run.pass(T0.plusSeconds(3));

    assertThat(run.node("p").phase()).isEqualTo(NodePhase.RUNNING);
  }

  @Test
  void startsNoStepAgainForAPendingNode() {
    var run = pending("");

    var d = run.pass(T0.plusSeconds(1));

    assertThat(EngineRun.started(d)).isEmpty();
  }

  @Test
  void asksToBeWokenAtThePendingTimeout() {
    var run = pending("pendingTimeout: 30s");

    assertThat(run.pass(T0.plusSeconds(1)).wakeAt()).contains(T0.plusSeconds(30));
  }

  @Test
  void failsAPodStillPendingAtItsPendingTimeoutAndKillsItsStep() {
    var run = pending("pendingTimeout: 30s");

    var d = run.pass(T0.plusSeconds(30));

    assertThat(killed(d)).singleElement().isEqualTo(new Action.KillStep("p", "p", TIMEOUT));
    assertThat(run.node("p").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("p").message()).isEqualTo(TIMEOUT);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void letsAPodThatRunsBeforeItsPendingTimeoutGoOn() {
    var run = pending("pendingTimeout: 30s");
    run.observe("p", StepState.running(T0.plusSeconds(10)));

    var d = run.pass(T0.plusSeconds(40));

    assertThat(killed(d)).isEmpty();
    assertThat(run.node("p").phase()).isEqualTo(NodePhase.RUNNING);
  }

  @Test
  void failsAPodStillPendingAtItsTimeoutWithTimeout() {
    var run = pending("timeout: 60s");

    var d = run.pass(T0.plusSeconds(60));

    assertThat(killed(d)).singleElement().isEqualTo(new Action.KillStep("p", "p", TIMEOUT));
    assertThat(run.node("p").message()).isEqualTo(TIMEOUT);
  }

  @Test
  void wakesAtTheEarlierOfPendingTimeoutAndTimeout() {
    var run = pending("pendingTimeout: 30s\n    timeout: 20s");

    assertThat(run.pass(T0.plusSeconds(1)).wakeAt()).contains(T0.plusSeconds(20));
  }

  @Test
  void forgetsThePendingTimeoutOnceThePodRuns() {
    var run = pending("pendingTimeout: 30s\n    timeout: 60s");
    run.observe("p", StepState.running(T0.plusSeconds(10)));

    assertThat(run.pass(T0.plusSeconds(11)).wakeAt()).contains(T0.plusSeconds(60));
  }

  @Test
  void failsAPendingTaskOfADagAndTheDagWithIt() {
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
                      - {name: a, template: sleep}
                  - name: sleep
                    pendingTimeout: 2s
                    container: {image: alpine, command: [sleep, "3"]}
                """));
    run.pass(T0);
    run.observe("d.a", StepState.pending(T0));

    run.pass(T0.plusSeconds(2));

    assertThat(run.node("d.a").message()).isEqualTo(TIMEOUT);
    assertThat(run.node("d").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
