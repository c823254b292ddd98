package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.WorkflowPhase;

/** Templates that call themselves, and Argo's limit on how deep calls may nest. */
class RecursionReconcilerTest {
  @Test
  void endsARecursionThatItsConditionStops() {
    var run = new EngineRun(fixture("recursion-guarded"));

    run.pass(T0);

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    String deepest = "countdown" + "[0].again".repeat(4);
    assertThat(run.node(deepest).phase()).isEqualTo(NodePhase.SKIPPED);
    assertThat(run.node(deepest).message()).isEqualTo("when '0 > 0' evaluated false");
  }

  @Test
  void errorsTheCallThatGoesPastArgosDepthLimit() {
    var run = new EngineRun(fixture("recursion-unbounded"));

    run.pass(T0);

    NodeStatus deepest = run.node("forever" + "[0].again".repeat(99));
    assertThat(deepest.phase()).isEqualTo(NodePhase.ERROR);
    assertThat(deepest.type()).isEqualTo(NodeType.SKIPPED);
    assertThat(deepest.message())
        .isEqualTo(
            "Maximum recursion depth exceeded. See"
                + " https://argo-workflows.readthedocs.io/en/latest/scaling/#maximum-recursion-depth");
    assertThat(run.status().nodes().values())
        .filteredOn(n -> n.type() == NodeType.STEPS)
        .hasSize(99);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
