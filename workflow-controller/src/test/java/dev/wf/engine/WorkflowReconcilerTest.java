package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.failed;
import static dev.wf.engine.EngineFixtures.nodeNamed;
import static dev.wf.engine.EngineFixtures.succeeded;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

class WorkflowReconcilerTest {
  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final Map<String, StepState> steps = new HashMap<>();
  private WorkflowStatus status = WorkflowStatus.EMPTY;

  private Decision pass(Workflow wf) {
    return pass(wf, T0);
  }

  private Decision pass(Workflow wf, Instant now) {
    Decision d = reconciler.decide(wf, status, Map.copyOf(steps), now);
    status = d.next();
    for (Action a : d.actions()) {
      if (a instanceof Action.StartStep s)
        steps.putIfAbsent(s.spec().nodeId(), StepState.running(now));
    }
    return d;
  }

  private static List<StepSpec> started(Decision d) {
    return d.actions().stream().map(a -> ((Action.StartStep) a).spec()).toList();
  }

  private String id(String nodeName) {
    return nodeNamed(status, nodeName).id();
  }

  private static final String HELLO =
      """
      metadata: {name: hello}
      spec:
        entrypoint: main
        templates:
        - name: main
          container: {image: alpine, command: [echo, "hi {{workflow.name}}"]}
      """;

  @Test
  void startsTheEntrypointContainerAsOneStep() {
    Decision d = pass(workflow(HELLO));

    assertThat(started(d))
        .singleElement()
        .satisfies(
            spec -> {
              assertThat(spec.nodeId()).isEqualTo("hello");
              assertThat(spec.command()).containsExactly("echo", "hi hello");
            });
    assertThat(status.phase()).isEqualTo(WorkflowPhase.RUNNING);
    assertThat(status.progress()).isEqualTo("0/1");
    assertThat(nodeNamed(status, "hello").phase()).isEqualTo(NodePhase.RUNNING);
  }

  @Test
  void capturesStdoutOnlyWhenAResultIsReferenced() {
    assertThat(started(pass(workflow(HELLO))))
        .singleElement()
        .satisfies(s -> assertThat(s.captureResult()).isFalse());
    status = WorkflowStatus.EMPTY;
    assertThat(started(pass(workflow(STEPS))))
        .singleElement()
        .satisfies(s -> assertThat(s.captureResult()).isTrue());
  }

  @Test
  void succeedsWithTheStepResultOnceTheStepEnds() {
    Workflow wf = workflow(HELLO);
    pass(wf);
    steps.put("hello", succeeded("hi hello", Map.of()));

    Decision d = pass(wf, T0.plusSeconds(2));

    assertThat(d.actions()).isEmpty();
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(status.progress()).isEqualTo("1/1");
    assertThat(nodeNamed(status, "hello").outputs().result()).isEqualTo("hi hello");
    assertThat(status.finishedAt()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void startsAStepAgainWhenTheRuntimeNeverSawIt() {
    Workflow wf = workflow(HELLO);
    pass(wf);
    steps.clear();

    assertThat(started(pass(wf))).hasSize(1);
  }

  @Test
  void leavesMetricsForAfterTheStepEnds() {
    Workflow wf =
        workflow(
            """
            metadata: {name: m}
            spec:
              entrypoint: main
              templates:
              - name: main
                metrics: {prometheus: [{name: runs, help: runs, labels: [{key: status, value: "{{status}}"}], counter: {value: "1"}}]}
                container: {image: alpine, command: ["true"]}
            """);

    assertThat(started(pass(wf))).hasSize(1);
    assertThat(nodeNamed(status, "m").phase()).isEqualTo(NodePhase.RUNNING);
  }

  @Test
  void decidesTheSameWayForTheSameInputs() {
    Workflow wf = workflow(HELLO);
    Decision first = reconciler.decide(wf, WorkflowStatus.EMPTY, Map.of(), T0);
    Decision second = reconciler.decide(wf, WorkflowStatus.EMPTY, Map.of(), T0);

    assertThat(second).isEqualTo(first);
  }

  private static final String STEPS =
      """
      metadata: {name: s}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: a, template: echo, arguments: {parameters: [{name: msg, value: one}]}}
          - - {name: b, template: echo, arguments: {parameters: [{name: msg, value: "{{steps.a.outputs.result}}"}]}}
            - {name: c, template: echo, arguments: {parameters: [{name: msg, value: three}]}}
        - name: echo
          inputs: {parameters: [{name: msg}]}
          container: {image: alpine, command: [echo, "{{inputs.parameters.msg}}"]}
      """;

  @Test
  void runsStepGroupsInOrderAndTheStepsOfAGroupTogether() {
    Workflow wf = workflow(STEPS);
    assertThat(started(pass(wf)))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "one"));

    steps.put(id("s[0].a"), succeeded("from-a", Map.of()));
    assertThat(started(pass(wf)))
        .extracting(StepSpec::command)
        .containsExactlyInAnyOrder(List.of("echo", "from-a"), List.of("echo", "three"));

    steps.put(id("s[1].b"), succeeded("", Map.of()));
    steps.put(id("s[1].c"), succeeded("", Map.of()));
    pass(wf);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(nodeNamed(status, "s[1]").type()).isEqualTo(NodeType.STEP_GROUP);
    assertThat(nodeNamed(status, "s").children()).containsExactly(id("s[0]"), id("s[1]"));
  }

  @Test
  void failsTheWorkflowWhenAStepFails() {
    Workflow wf = workflow(STEPS);
    pass(wf);
    steps.put(id("s[0].a"), failed(3));

    Decision d = pass(wf);

    assertThat(d.actions()).isEmpty();
    assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(status.message()).isEqualTo("child '" + id("s[0].a") + "' failed");
    assertThat(nodeNamed(status, "s[0].a").message()).isEqualTo("Error (exit code 3)");
  }

  private static final String DIAMOND =
      """
      metadata: {name: d}
      spec:
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - {name: A, template: t}
            - {name: B, template: t, depends: A}
            - {name: C, template: t, depends: A.Failed}
            - {name: D, template: t, depends: B && (C || C.Omitted)}
        - name: t
          container: {image: alpine, command: ["true"]}
      """;

  @Test
  void startsDagTasksWhenTheirDependsHold() {
    Workflow wf = workflow(DIAMOND);
    assertThat(started(pass(wf))).extracting(StepSpec::nodeId).containsExactly(id("d.A"));

    steps.put(id("d.A"), succeeded("", Map.of()));
    assertThat(started(pass(wf))).extracting(StepSpec::nodeId).containsExactly(id("d.B"));
    assertThat(nodeNamed(status, "d.C").phase()).isEqualTo(NodePhase.OMITTED);

    steps.put(id("d.B"), succeeded("", Map.of()));
    assertThat(started(pass(wf))).extracting(StepSpec::nodeId).containsExactly(id("d.D"));
    steps.put(id("d.D"), succeeded("", Map.of()));
    pass(wf);

    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(nodeNamed(status, "d").children()).containsExactly(id("d.A"));
    assertThat(nodeNamed(status, "d.A").children()).containsExactly(id("d.B"), id("d.C"));
  }

  private static final String WHEN =
      """
      metadata: {name: w}
      spec:
        entrypoint: main
        arguments: {parameters: [{name: coin, value: tails}]}
        templates:
        - name: main
          steps:
          - - {name: heads, template: t, when: "{{workflow.parameters.coin}} == heads"}
            - {name: tails, template: t, when: "{{workflow.parameters.coin}} == tails"}
        - name: t
          container: {image: alpine, command: ["true"]}
      """;

  @Test
  void skipsAStepWhoseConditionIsFalse() {
    Decision d = pass(workflow(WHEN));

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(id("w[0].tails"));
    assertThat(nodeNamed(status, "w[0].heads").phase()).isEqualTo(NodePhase.SKIPPED);
    assertThat(nodeNamed(status, "w[0].heads").message())
        .isEqualTo("when 'tails == heads' evaluated false");
  }

  @Test
  void suspendsUntilItsDurationHasPassed() {
    Workflow wf =
        workflow(
            """
            metadata: {name: p}
            spec:
              entrypoint: wait
              templates:
              - {name: wait, suspend: {duration: "30s"}}
            """);

    Decision first = pass(wf);
    assertThat(first.wakeAt()).contains(T0.plusSeconds(30));
    assertThat(status.phase()).isEqualTo(WorkflowPhase.RUNNING);

    pass(wf, T0.plusSeconds(30));
    assertThat(status.phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void passesOutputParametersToLaterSteps() {
    Workflow wf =
        workflow(
            """
            metadata: {name: o}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: gen, template: gen}
                - - {name: use, template: use, arguments: {parameters: [{name: v, value: "{{steps.gen.outputs.parameters.out}}"}]}}
              - name: gen
                container: {image: alpine, command: [sh, -c, "echo 7 > /tmp/out"]}
                outputs: {parameters: [{name: out, valueFrom: {path: /tmp/out}}]}
              - name: use
                inputs: {parameters: [{name: v}]}
                container: {image: alpine, command: [echo, "{{inputs.parameters.v}}"]}
            """);
    StepSpec gen = started(pass(wf)).get(0);
    assertThat(gen.outputParameters())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("/tmp/out"));
    assertThat(gen.privatePaths()).containsExactly("/tmp/out");

    steps.put(gen.nodeId(), succeeded("", Map.of("out", "7")));
    assertThat(started(pass(wf)))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "7"));
  }

  @Test
  void runsTheExitHandlerAfterTheWorkflowWithItsStatus() {
    Workflow wf =
        workflow(
            """
            metadata: {name: e}
            spec:
              entrypoint: main
              onExit: bye
              templates:
              - {name: main, container: {image: alpine, command: ["false"]}}
              - {name: bye, container: {image: alpine, command: [echo, "{{workflow.status}}"]}}
            """);
    pass(wf);
    steps.put("e", failed(1));

    assertThat(started(pass(wf)))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "Failed"));
    assertThat(status.phase()).isEqualTo(WorkflowPhase.RUNNING);
    steps.put(id("e.onExit"), succeeded("Failed", Map.of()));
    pass(wf);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
