package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.nodeNamed;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.StepResult;

/**
 * A step that ends in Error (it could not start, or its process disappeared) inside a {@code steps}
 * template: as in Argo, its step group and the steps node are Failed, so the workflow is Failed
 * (Error is kept for the step itself).
 */
class StepsErrorTest {
  private static final Workflow WORKFLOW =
      workflow(
          """
          metadata: {name: errored}
          spec:
            entrypoint: main
            templates:
            - name: main
              steps:
              - - {name: first, template: work}
              - - {name: second, template: work}
            - name: work
              container: {image: alpine, command: [sh, -c, "true"]}
          """);

  private final WorkflowReconciler reconciler = new WorkflowReconciler();

  private WorkflowStatus afterFirstStepErrors() {
    WorkflowStatus started = reconciler.decide(WORKFLOW, WorkflowStatus.EMPTY, Map.of(), T0).next();
    String first = nodeNamed(started, "errored[0].first").id();
    var error =
        StepState.ended(
            new StepResult(
                StepResult.Phase.ERROR,
                null,
                null,
                Map.of(),
                "step process disappeared while the server was down",
                T0,
                T0.plusSeconds(1)));
    return reconciler.decide(WORKFLOW, started, Map.of(first, error), T0.plusSeconds(1)).next();
  }

  @Test
  void erroredStepKeepsItsErrorPhase() {
    assertThat(nodeNamed(afterFirstStepErrors(), "errored[0].first").phase())
        .isEqualTo(NodePhase.ERROR);
  }

  @Test
  void stepsNodeFailsWhenOneOfItsStepsErrors() {
    WorkflowStatus status = afterFirstStepErrors();

    assertThat(nodeNamed(status, "errored[0]").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(nodeNamed(status, "errored").phase()).isEqualTo(NodePhase.FAILED);
  }

  @Test
  void workflowFailsWhenAStepOfItsStepsErrors() {
    assertThat(afterFirstStepErrors().phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
