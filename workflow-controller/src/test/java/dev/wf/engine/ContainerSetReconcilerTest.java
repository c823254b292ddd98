package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.failed;
import static dev.wf.engine.EngineFixtures.nodeNamed;
import static dev.wf.engine.EngineFixtures.succeeded;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.StepSpec;

class ContainerSetReconcilerTest {
  private static final Workflow GRAPH =
      workflow(
          """
          metadata: {name: g}
          spec:
            entrypoint: main
            templates:
            - name: main
              containerSet:
                containers:
                - {name: a, image: alpine, command: [echo, a]}
                - {name: b, image: alpine, command: [echo, b], dependencies: [a]}
                - {name: c, image: alpine, command: [echo, c], dependencies: [a]}
                - {name: main, image: alpine, command: [echo, main], dependencies: [b, c]}
            """);

  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final Map<String, StepState> steps = new HashMap<>();
  private WorkflowStatus status = WorkflowStatus.EMPTY;

  private List<String> pass() {
    Decision d = reconciler.decide(GRAPH, status, Map.copyOf(steps), T0);
    status = d.next();
    var started = d.actions().stream().map(a -> ((Action.StartStep) a).spec()).toList();
    started.forEach(s -> steps.put(s.nodeId(), StepState.running(T0)));
    return started.stream().map(StepSpec::command).map(c -> c.get(1)).toList();
  }

  private void ends(String container, StepState state) {
    steps.put(nodeNamed(status, "g." + container).id(), state);
  }

  @Test
  void runsContainersInTheOrderOfTheirDependencies() {
    assertThat(pass()).containsExactly("a");
    ends("a", succeeded("a", Map.of()));
    assertThat(pass()).containsExactly("b", "c");
    ends("b", succeeded("b", Map.of()));
    ends("c", succeeded("c", Map.of()));
    assertThat(pass()).containsExactly("main");
    ends("main", succeeded("from main", Map.of()));
    pass();

    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(nodeNamed(status, "g").outputs().result()).isEqualTo("from main");
    assertThat(nodeNamed(status, "g.b").type()).isEqualTo(NodeType.CONTAINER);
    assertThat(status.progress()).isEqualTo("1/1");
  }

  @Test
  void failsWithoutStartingTheDependentsOfAFailedContainer() {
    pass();
    ends("a", failed(2));

    assertThat(pass()).isEmpty();
    assertThat(nodeNamed(status, "g").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(status.nodes().values()).noneMatch(n -> n.name().equals("g.main"));
  }
}
