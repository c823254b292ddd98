package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Parameter;
import dev.wf.executor.StepSpec;

/** {@code globalName} outputs, {@code workflow.outputs.*}, and the time-derived globals. */
class GlobalOutputsReconcilerTest {
  private static EngineRun publisher() {
    return new EngineRun(
        workflow(
            """
            metadata: {name: g}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - {name: produce, template: produce}
                - - {name: consume, template: consume}
              - name: produce
                container: {image: alpine, command: [sh, -c, "echo 7 > /tmp/v"]}
                outputs:
                  parameters:
                  - {name: v, globalName: answer, valueFrom: {path: /tmp/v}}
              - name: consume
                container: {image: alpine, command: [echo, "{{workflow.outputs.parameters.answer}}"]}
            """));
  }

  @Test
  void laterStepsSeeAnOutputUnderItsGlobalName() {
    var run = publisher();
    run.pass(T0);
    run.succeed("g[0].produce", Map.of("v", "7"), T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .singleElement()
        .extracting(StepSpec::command)
        .isEqualTo(List.of("echo", "7"));
  }

  @Test
  void recordsGlobalOutputsInTheWorkflowStatus() {
    var run = publisher();
    run.pass(T0);
    run.succeed("g[0].produce", Map.of("v", "7"), T0.plusSeconds(1));
    run.pass(T0.plusSeconds(1));

    assertThat(run.status().outputs().parameters())
        .extracting(Parameter::name, Parameter::value)
        .containsExactly(tuple("answer", "7"));
    assertThat(run.node("g[0].produce").outputs().parameters().get(0).globalName())
        .isEqualTo("answer");
  }

  @Test
  void formatsTheCreationTimestampAsArgoNamesItsParts() {
    // EngineFixtures creates every workflow at T0, 2026-01-01T00:00:00Z.
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: t}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    container:
                      image: alpine
                      command:
                      - echo
                      - "{{workflow.creationTimestamp}}"
                      - "{{workflow.creationTimestamp.Y}}-{{workflow.creationTimestamp.m}}-{{workflow.creationTimestamp.d}}"
                      - "{{workflow.creationTimestamp.b}} {{workflow.creationTimestamp.I}}{{workflow.creationTimestamp.p}}"
                      - "{{workflow.creationTimestamp.s}}"
                """));

    var d = run.pass(T0);

    assertThat(started(d).get(0).command())
        .containsExactly("echo", "2026-01-01T00:00:00Z", "2026-01-01", "Jan 12AM", "1767225600");
  }

  @Test
  void givesStepsTheirCallersNameAndTheWorkflowsMetadataAsArgoDoes() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata:
                  name: m
                  labels: {team: data}
                  annotations: {workflows.argoproj.io/scheduled-time: "2026-04-29T00:00:00Z"}
                spec:
                  entrypoint: main
                  priority: 5
                  templates:
                  - name: main
                    steps:
                    - - {name: shout, template: echo, withItems: [a]}
                  - name: echo
                    container:
                      image: alpine
                      command:
                      - echo
                      - "{{steps.name}}"
                      - "{{workflow.labels.json}}"
                      - "{{workflow.priority}}"
                      - "{{workflow.scheduledTime}}"
                """));

    var d = run.pass(T0);

    assertThat(started(d).get(0).command())
        .containsExactly("echo", "shout", "{\"team\":\"data\"}", "5", "2026-04-29T00:00:00Z");
  }

  @Test
  void givesExitHandlersTheWorkflowDurationInSeconds() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: d}
                spec:
                  entrypoint: main
                  onExit: report
                  templates:
                  - name: main
                    container: {image: alpine, command: ["true"]}
                  - name: report
                    container: {image: alpine, command: [echo, "{{workflow.duration}}"]}
                """));
    run.pass(T0);
    run.end("d", 0, T0.plusMillis(2500));

    var d = run.pass(T0.plusMillis(2500));

    assertThat(started(d).get(0).command()).containsExactly("echo", "2.500000");
  }
}
