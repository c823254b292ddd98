package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.control.ControlException;
import dev.wf.engine.control.Resubmission;

/** {@code wf resubmit}: a new workflow from an old one, memoized or not. */
class ResubmissionTest {
  private static final Instant LATER = T0.plusSeconds(100);

  private static final String TWO_STEPS =
      """
      metadata: {name: two}
      spec:
        entrypoint: main
        arguments:
          parameters: [{name: mode, value: bad}]
        templates:
        - name: main
          steps:
          - - {name: a, template: run}
          - - name: b
              template: use
              arguments:
                parameters: [{name: in, value: "{{steps.a.outputs.result}}"}]
        - name: run
          container: {image: alpine, command: [echo, a]}
        - name: use
          inputs:
            parameters: [{name: in}]
          container: {image: alpine, command: [echo, "{{inputs.parameters.in}}", "{{workflow.parameters.mode}}"]}
      """;

  private static Workflow failed() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.end("two[0].a", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("two[1].b", 1, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    return run.workflow();
  }

  @Test
  void aResubmittedWorkflowHasTheOldSpecANewNameAndNoNodes() {
    Workflow resubmitted =
        Resubmission.formulate(failed(), false, Map.of("mode", "good"), "two-x1", "uid-2", LATER);

    assertThat(resubmitted.name()).isEqualTo("two-x1");
    assertThat(resubmitted.metadata().generateName()).isEqualTo("two-");
    assertThat(resubmitted.metadata().creationTimestamp()).isEqualTo(LATER);
    assertThat(resubmitted.metadata().labels())
        .containsEntry("workflows.argoproj.io/resubmitted-from-workflow", "two");
    assertThat(resubmitted.spec().templates()).hasSize(3);
    assertThat(resubmitted.spec().arguments().parameters().getFirst().value()).isEqualTo("good");
    assertThat(resubmitted.status().nodes()).isEmpty();
    assertThat(resubmitted.status().phase()).isNull();
  }

  @Test
  void aMemoizedResubmissionRunsOnlyWhatFailedWithTheOldOutputs() {
    var run =
        new EngineRun(Resubmission.formulate(failed(), true, Map.of(), "two-x1", "uid-2", LATER));

    var d = run.pass(LATER);

    assertThat(started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.command()).containsExactly("echo", "out-0", "bad"));
    var a = run.node("two-x1[0].a");
    assertThat(a.type()).isEqualTo(NodeType.SKIPPED);
    assertThat(a.phase()).isEqualTo(NodePhase.SKIPPED);
    assertThat(a.message()).startsWith("original pod: two-");
    assertThat(run.node("two-x1").displayName()).isEqualTo("two-x1");
  }

  @Test
  void memoizedIsRefusedForAWorkflowThatSucceeded() {
    var run = new EngineRun(workflow(TWO_STEPS));
    run.pass(T0);
    run.end("two[0].a", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("two[1].b", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);

    assertThatThrownBy(
            () -> Resubmission.formulate(run.workflow(), true, Map.of(), "n", "u", LATER))
        .isInstanceOf(ControlException.class)
        .hasMessage(
            "workflow \"two\" is Succeeded: only a workflow that ended Failed or Error can be"
                + " resubmitted --memoized");
  }
}
