package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.control.ControlException;
import dev.wf.engine.control.RunControl;
import dev.wf.engine.control.SuspendNodeUpdate;

/**
 * {@code spec.suspend}, suspend templates and their supplied outputs, decided pass by pass with the
 * control changes applied between passes.
 */
class SuspendReconcilerTest {
  private static final String TWO_STEPS =
      """
      metadata: {name: two}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: a, template: run}
          - - {name: b, template: run}
        - name: run
          container: {image: alpine, command: [true]}
      """;

  private static final String APPROVAL =
      """
      metadata: {name: ap}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: ask, template: ask}
          - - name: report
              template: report
              arguments:
                parameters: [{name: answer, value: "{{steps.ask.outputs.parameters.answer}}"}]
        - name: ask
          inputs:
            parameters: [{name: answer, default: maybe}]
          suspend: {}
          outputs:
            parameters:
            - name: answer
              valueFrom: {supplied: {}}
        - name: report
          inputs:
            parameters: [{name: answer}]
          container: {image: alpine, command: [echo, "{{inputs.parameters.answer}}"]}
      """;

  @Test
  void startsNothingNewWhileSuspendedButRecordsStepsThatEnd() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.control(RunControl::suspend);
    run.end("two[0].a", 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(2));

    assertThat(started(d)).isEmpty();
    assertThat(run.node("two[0].a").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.status().nodes()).hasSize(3);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
    assertThat(run.status().progress()).isEqualTo("1/1");
  }

  @Test
  void resumingStartsWhatWaited() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.control(RunControl::suspend);
    run.end("two[0].a", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(2));

    run.control(wf -> RunControl.resume(wf, NodeFieldSelector.ALL, T0.plusSeconds(3)));
    var d = run.pass(T0.plusSeconds(3));

    assertThat(run.workflow().spec().suspend()).isNull();
    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.nodeId()).isEqualTo(run.id("two[1].b")));
  }

  @Test
  void theWorkflowsDeadlineStillHoldsWhileSuspended() {
    var run =
        new EngineRun(
            workflow(
                TWO_STEPS.replace(
                    "entrypoint: main", "entrypoint: main\n  activeDeadlineSeconds: 10")));
    run.pass(T0);
    run.control(RunControl::suspend);

    assertThat(run.pass(T0.plusSeconds(5)).wakeAt()).contains(T0.plusSeconds(10));
    var d = run.pass(T0.plusSeconds(10));

    assertThat(EngineRun.killed(d))
        .singleElement()
        .satisfies(k -> assertThat(k.nodeId()).isEqualTo(run.id("two[0].a")));
    assertThat(run.node("two[0].a").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
  }

  @Test
  void aWorkflowSubmittedSuspendedRunsNothing() {
    var run =
        new EngineRun(
            workflow(TWO_STEPS.replace("entrypoint: main", "entrypoint: main\n  suspend: true")));

    var d = run.pass(T0);

    assertThat(started(d)).isEmpty();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
    assertThat(run.status().nodes()).isEmpty();
  }

  @Test
  void aSuspendNodeHoldsItsSuppliedOutputsWithTheInputsDefault() {
    var run = new EngineRun(workflow(APPROVAL));

    run.pass(T0);

    var answer = run.node("ap[0].ask").outputs().parameter("answer").orElseThrow();
    assertThat(answer.value()).isNull();
    assertThat(answer.valueFrom().supplied()).isNotNull();
    assertThat(answer.valueFrom().defaultValue()).isEqualTo("maybe");
  }

  @Test
  void resumeGivesASuppliedOutputItsDefault() {
    var run = new EngineRun(workflow(APPROVAL));
    run.pass(T0);

    run.control(wf -> RunControl.resume(wf, NodeFieldSelector.ALL, T0.plusSeconds(5)));
    var d = run.pass(T0.plusSeconds(5));

    assertThat(run.node("ap[0].ask").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.node("ap[0].ask").finishedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("echo", "maybe"));
  }

  @Test
  void nodeSetSuppliesTheOutputThatResumeThenUses() {
    var run = new EngineRun(workflow(APPROVAL));
    run.pass(T0);
    var approve = NodeFieldSelector.parse("displayName=ask");

    run.control(
        wf ->
            new SuspendNodeUpdate(null, "approved", Map.of("answer", "yes"))
                .apply(wf, approve, T0));
    run.control(wf -> RunControl.resume(wf, approve, T0.plusSeconds(1)));
    var d = run.pass(T0.plusSeconds(1));

    assertThat(run.node("ap[0].ask").message()).isEqualTo("approved");
    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("echo", "yes"));
  }

  @Test
  void nodeSetRefusesAParameterTheNodeDoesNotDeclare() {
    var run = new EngineRun(workflow(APPROVAL));
    run.pass(T0);
    var update = new SuspendNodeUpdate(null, null, Map.of("colour", "red"));

    assertThatThrownBy(
            () -> update.apply(run.workflow(), NodeFieldSelector.parse("displayName=ask"), T0))
        .isInstanceOf(ControlException.class)
        .hasMessage("node \"ask\" has no output parameter \"colour\" (it has: answer)");
  }

  @Test
  void nodeSetRefusesWhenNoWaitingSuspendNodeMatches() {
    var run = new EngineRun(workflow(APPROVAL));
    run.pass(T0);
    var update = new SuspendNodeUpdate(null, "hi", Map.of());

    assertThatThrownBy(
            () -> update.apply(run.workflow(), NodeFieldSelector.parse("displayName=report"), T0))
        .hasMessage("no waiting suspend node of workflow \"ap\" matches \"displayName=report\"");
  }

  @Test
  void resumeRefusesAnOutputWithNeitherValueNorDefault() {
    var run =
        new EngineRun(
            workflow(
                APPROVAL.replace("{name: answer, default: maybe}", "{name: other, default: x}")));
    run.pass(T0);

    assertThatThrownBy(() -> RunControl.resume(run.workflow(), NodeFieldSelector.ALL, T0))
        .isInstanceOf(ControlException.class)
        .hasMessageContaining(
            "cannot resume node \"ask\": output parameter \"answer\" was not supplied");
  }

  @Test
  void aSuspendDurationEndsWithTheDefaults() {
    var run =
        new EngineRun(workflow(APPROVAL.replace("suspend: {}", "suspend: {duration: \"10\"}")));
    run.pass(T0);

    var d = run.pass(T0.plusSeconds(10));

    assertThat(run.node("ap[0].ask").outputs().parameter("answer").orElseThrow().value())
        .isEqualTo("maybe");
    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("echo", "maybe"));
  }

  @Test
  void suspendRefusesACompletedWorkflow() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.end("two[0].a", 1, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));

    assertThatThrownBy(() -> RunControl.suspend(run.workflow()))
        .hasMessage("workflow \"two\" has completed (Failed): it cannot be suspended");
  }
}
