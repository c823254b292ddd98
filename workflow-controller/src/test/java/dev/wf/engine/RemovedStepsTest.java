package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.failed;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.StepSpec;
import dev.wf.runtime.StepRuntime;

/** Which steps the runtime forgets when another writer removed their nodes (a cluster retry). */
class RemovedStepsTest {
  private static final Workflow WORKFLOW =
      workflow(
          """
          metadata: {name: wf}
          spec:
            entrypoint: main
            templates:
            - name: main
              container: {image: alpine, command: ["true"]}
          """);

  private final Steps runtime =
      new Steps(
          Map.of(
              "kept", failed(1),
              "removed", failed(1),
              "running", StepState.running(T0)));

  @Test
  void forgetsEndedStepsWhoseNodesTheStatusNoLongerHas() {
    RemovedSteps.forget(runtime, WORKFLOW.withStatus(statusWith("kept")));

    assertThat(runtime.forgotten).containsExactly("removed");
  }

  @Test
  void leavesARunningStepAloneThoughItsNodeIsNotInTheStatus() {
    RemovedSteps.forget(runtime, WORKFLOW.withStatus(statusWith("kept", "removed")));

    assertThat(runtime.forgotten).isEmpty();
  }

  @Test
  void forgetsNothingBeforeTheWorkflowHasAStatus() {
    RemovedSteps.forget(runtime, WORKFLOW);

    assertThat(runtime.forgotten).isEmpty();
  }

  private static WorkflowStatus statusWith(String... ids) {
    WorkflowStatus status = WorkflowStatus.EMPTY;
    for (String id : ids) {
      status = status.withNode(NodeStatus.create(id, id, id, NodeType.POD, "main", null, T0));
    }
    return status;
  }

  /** A runtime with fixed steps that records which single steps it was told to forget. */
  private static final class Steps implements StepRuntime {
    private final Map<String, StepState> steps;
    final List<String> forgotten = new CopyOnWriteArrayList<>();

    Steps(Map<String, StepState> steps) {
      this.steps = steps;
    }

    @Override
    public void start(StepSpec spec) {}

    @Override
    public void kill(String workflowName, String nodeId, String message) {}

    @Override
    public Map<String, StepState> observe(String workflowName) {
      return steps;
    }

    @Override
    public void onStepChanged(Consumer<String> listener) {}

    @Override
    public void forget(String workflowName) {}

    @Override
    public void forget(String workflowName, String nodeId) {
      forgotten.add(nodeId);
    }

    @Override
    public void close() {}
  }
}
