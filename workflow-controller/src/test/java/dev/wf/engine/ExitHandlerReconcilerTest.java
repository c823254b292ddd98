package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.fixture;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.executor.StepSpec;

/** Exit handlers of steps, DAG tasks and workflows, decided pass by pass. */
class ExitHandlerReconcilerTest {
  private static final String BUILD = "step-exit[0].build";
  private static final String REPORT = "step-exit[1].report";

  @Test
  void runsAStepsExitHandlerAsAChildOfTheStepOnceTheStepEnds() {
    var run = new EngineRun(fixture("hooks-step-exit"));
    run.pass(T0);
    run.end(BUILD, 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    var exit = run.node(BUILD + ".onExit");
    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(exit.id());
    assertThat(exit.displayName()).isEqualTo("build.onExit");
    assertThat(exit.boundaryID()).isEqualTo(run.id("step-exit"));
    assertThat(exit.templateName()).isEqualTo("cleanup");
    assertThat(run.node(BUILD).children()).containsExactly(exit.id());
  }

  @Test
  void callsAStepsOnExitTemplateWithTheWorkflowsArguments() {
    var run = new EngineRun(fixture("hooks-step-exit"));
    run.pass(T0);
    run.end(BUILD, 0, T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "bye world"));
  }

  @Test
  void startsTheNextGroupOnlyOnceTheExitHandlerHasEnded() {
    var run = new EngineRun(fixture("hooks-step-exit"));
    run.pass(T0);
    run.end(BUILD, 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    assertThat(run.node("step-exit[0]").fulfilled()).isFalse();
    assertThat(run.has("step-exit[1]")).isFalse();
    run.end(BUILD + ".onExit", 0, T0.plusSeconds(2));

    var d = run.pass(T0.plusSeconds(2));

    assertThat(run.node("step-exit[0]").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id(REPORT));
  }

  @Test
  void passesTheStepsStatusAndOutputsToItsExitHook() {
    var run = new EngineRun(fixture("hooks-step-exit"));
    run.pass(T0);
    run.end(BUILD, 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end(BUILD + ".onExit", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    run.succeed(REPORT, Map.of("value", "7"), T0.plusSeconds(3));

    var d = run.pass(T0.plusSeconds(3));

    assertThat(started(d))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "Succeeded 7"));
    assertThat(run.node(REPORT + ".onExit").inputs().parameter("status").orElseThrow().value())
        .isEqualTo("Succeeded");
  }

  @Test
  void runsTheExitHandlerOfAFailedStepBeforeTheStepsFail() {
    var run = new EngineRun(fixture("hooks-step-exit"));
    run.pass(T0);
    run.end(BUILD, 1, T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id(BUILD + ".onExit"));
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
    run.end(BUILD + ".onExit", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));

    assertThat(run.node("step-exit[0]").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }

  @Test
  void aFailedStepExitHandlerDoesNotFailItsStep() {
    var run = new EngineRun(fixture("hooks-step-exit"));
    run.pass(T0);
    run.end(BUILD, 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end(BUILD + ".onExit", 1, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    run.succeed(REPORT, Map.of("value", "7"), T0.plusSeconds(3));
    run.pass(T0.plusSeconds(3));
    run.end(REPORT + ".onExit", 0, T0.plusSeconds(4));

    run.pass(T0.plusSeconds(4));

    assertThat(run.node(BUILD + ".onExit").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("step-exit[0]").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void runsNoExitHandlerForASkippedStep() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: s}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: a, template: job, when: "1 > 2", onExit: job}
                  - {name: job, container: {image: alpine, command: ["true"]}}
                """));

    run.pass(T0);

    assertThat(run.has("s[0].a.onExit")).isFalse();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void runsAnExitHookOnlyWhenItsExpressionHolds() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: x}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - name: a
                        template: job
                        hooks:
                          exit: {template: job, expression: steps.a.status == "Failed"}
                  - {name: job, container: {image: alpine, command: ["true"]}}
                """));
    run.pass(T0);
    run.end("x[0].a", 0, T0.plusSeconds(1));

    run.pass(T0.plusSeconds(1));

    assertThat(run.has("x[0].a.onExit")).isFalse();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void startsATasksDependentsAlongsideItsExitHandler() {
    var run = new EngineRun(fixture("hooks-dag-exit"));
    run.pass(T0);
    run.end("dag-exit.A", 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("dag-exit.B"), run.id("dag-exit.A.onExit"));
    assertThat(run.node("dag-exit.A.onExit").displayName()).isEqualTo("A.onExit");
    assertThat(run.node("dag-exit.A").children())
        .contains(run.id("dag-exit.A.onExit"), run.id("dag-exit.B"));
  }

  @Test
  void runsAnExitHandlerForEachItemOfALoopingTask() {
    var run = new EngineRun(fixture("hooks-dag-exit"));
    run.pass(T0);
    run.end("dag-exit.C(0:x)", 0, T0.plusSeconds(1));
    run.end("dag-exit.C(1:y)", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("dag-exit.C(0:x).onExit"), run.id("dag-exit.C(1:y).onExit"));
    assertThat(run.node("dag-exit.C").children())
        .containsExactly(run.id("dag-exit.C(0:x)"), run.id("dag-exit.C(1:y)"));
  }

  @Test
  void endsTheDagOnlyOnceEveryExitHandlerHasEnded() {
    var run = new EngineRun(fixture("hooks-dag-exit"));
    run.pass(T0);
    run.end("dag-exit.A", 0, T0.plusSeconds(1));
    run.end("dag-exit.C(0:x)", 0, T0.plusSeconds(1));
    run.end("dag-exit.C(1:y)", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("dag-exit.B", 0, T0.plusSeconds(2));
    run.end("dag-exit.C(0:x).onExit", 0, T0.plusSeconds(2));
    run.end("dag-exit.C(1:y).onExit", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));
    assertThat(run.node("dag-exit").phase()).isEqualTo(NodePhase.RUNNING);
    run.end("dag-exit.A.onExit", 1, T0.plusSeconds(3));

    run.pass(T0.plusSeconds(3));

    assertThat(run.node("dag-exit").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  private static final String EXIT_FAILS =
      """
      metadata: {name: w}
      spec:
        entrypoint: main
        %s
        templates:
        - {name: main, container: {image: alpine, command: ["true"]}}
        - name: bye
          inputs: {parameters: [{name: status}]}
          container: {image: alpine, command: [sh, -c, "exit 2"]}
      """;

  @Test
  void aFailedExitHandlerFailsASucceededWorkflowWithItsOwnMessage() {
    var run =
        new EngineRun(
            workflow(
                EXIT_FAILS.formatted(
                    "onExit: bye\n  arguments: {parameters: [{name: status, value: x}]}")));
    run.pass(T0);
    run.end("w", 0, T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));
    run.end("w.onExit", 2, T0.plusSeconds(2));

    run.pass(T0.plusSeconds(2));

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message()).isEqualTo("Error (exit code 2)");
  }

  @Test
  void runsTheWorkflowsExitHookWithItsArguments() {
    var run =
        new EngineRun(
            workflow(
                EXIT_FAILS.formatted(
                    """
                    hooks:
                        exit:
                          template: bye
                          arguments: {parameters: [{name: status, value: "{{workflow.status}}"}]}
                    """)));
    run.pass(T0);
    run.end("w", 1, T0.plusSeconds(1));

    run.pass(T0.plusSeconds(1));

    var exit = run.node("w.onExit");
    assertThat(exit.displayName()).isEqualTo("w.onExit");
    assertThat(exit.inputs().parameter("status").orElseThrow().value()).isEqualTo("Failed");
  }

  @Test
  void listsEveryFailedNodeInWorkflowFailures() {
    var run = new EngineRun(fixture("failures-all-nodes"));
    run.pass(T0);
    run.end("failures[0].boom", 3, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    JsonNode failures = ModelJson.read(started(d).getFirst().command().get(1), JsonNode.class);
    assertThat(failures.findValuesAsText("displayName")).containsExactly("failures", "[0]", "boom");
    assertThat(failures.findValuesAsText("phase")).containsOnly("Failed");
    assertThat(failures.get(2).get("message").asText()).isEqualTo("Error (exit code 3)");
    assertThat(failures.get(2).get("templateName").asText()).isEqualTo("fail");
    assertThat(failures.get(2).get("podName").asText()).isEqualTo(run.id("failures[0].boom"));
  }
}
