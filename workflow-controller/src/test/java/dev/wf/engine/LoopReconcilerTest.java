package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
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

class LoopReconcilerTest {
  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final Map<String, StepState> steps = new HashMap<>();
  private WorkflowStatus status = WorkflowStatus.EMPTY;

  private List<StepSpec> pass(Workflow wf) {
    Decision d = reconciler.decide(wf, status, Map.copyOf(steps), T0);
    status = d.next();
    var started = d.actions().stream().map(a -> ((Action.StartStep) a).spec()).toList();
    started.forEach(s -> steps.put(s.nodeId(), StepState.running(T0)));
    return started;
  }

  @Test
  void expandsWithItemsIntoOneStepPerItemNamedAsArgo() {
    Workflow wf =
        workflow(
            """
            metadata: {name: l}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - name: say
                    template: echo
                    arguments: {parameters: [{name: m, value: "{{item.os}} {{item.v}}"}]}
                    withItems: [{os: debian, v: 9}, {os: alpine, v: 3}]
              - name: echo
                inputs: {parameters: [{name: m}]}
                container: {image: alpine, command: [echo, "{{inputs.parameters.m}}"]}
            """);

    assertThat(pass(wf))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "debian 9"), List.of("echo", "alpine 3"));
    assertThat(status.nodes().values())
        .extracting(n -> n.displayName())
        .contains("say(0:os:debian,v:9)", "say(1:os:alpine,v:3)");
    assertThat(nodeNamed(status, "l[0].say(0:os:debian,v:9)").inputs().parameters().get(0).value())
        .isEqualTo("debian 9");
  }

  @Test
  void fansInTheResultsOfALoopingTaskAsAJsonList() {
    Workflow wf =
        workflow(
            """
            metadata: {name: f}
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  tasks:
                  - {name: gen, template: t}
                  - {name: sq, template: t, depends: gen, withParam: "{{tasks.gen.outputs.result}}"}
                  - name: sum
                    template: t
                    depends: sq
                    arguments: {parameters: [{name: all, value: "{{tasks.sq.outputs.result}}"}]}
              - name: t
                inputs: {parameters: [{name: all, default: ""}]}
                container: {image: alpine, command: [echo, "{{inputs.parameters.all}}"]}
            """);
    pass(wf);
    steps.put(nodeNamed(status, "f.gen").id(), succeeded("[1, 2]", Map.of()));

    assertThat(pass(wf)).hasSize(2);
    assertThat(nodeNamed(status, "f.sq").type()).isEqualTo(NodeType.TASK_GROUP);
    steps.put(nodeNamed(status, "f.sq(0:1)").id(), succeeded("1", Map.of()));
    steps.put(nodeNamed(status, "f.sq(1:2)").id(), succeeded("4", Map.of()));

    assertThat(pass(wf))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "[\"1\",\"4\"]"));
    assertThat(nodeNamed(status, "f.sq").phase()).isEqualTo(NodePhase.SUCCEEDED);
  }

  @Test
  void runsOneStepPerNumberOfASequence() {
    Workflow wf =
        workflow(
            """
            metadata: {name: q}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: n, template: t, withSequence: {start: "2", end: "4", format: "n%02d"}}
              - name: t
                container: {image: alpine, command: ["true"]}
            """);

    assertThat(pass(wf)).hasSize(3);
    assertThat(status.nodes().values())
        .extracting(n -> n.displayName())
        .contains("n(0:n02)", "n(2:n04)");
    assertThat(status.phase()).isEqualTo(WorkflowPhase.RUNNING);
  }
}
