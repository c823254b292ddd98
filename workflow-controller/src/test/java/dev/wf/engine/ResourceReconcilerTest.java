package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.nodeNamed;
import static dev.wf.engine.EngineFixtures.succeeded;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.ResourceSpec;
import dev.wf.executor.ResourceSpec.ResourceOutput;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

class ResourceReconcilerTest {
  private static final Workflow JOB =
      workflow(
          """
          metadata: {name: r}
          spec:
            entrypoint: main
            arguments:
              parameters: [{name: completions, value: "3"}]
            templates:
            - name: main
              steps:
              - - name: create
                  template: create-job
              - - name: show
                  template: show
                  arguments:
                    parameters:
                    - {name: job, value: "{{steps.create.outputs.parameters.job-name}}"}
            - name: create-job
              resource:
                action: create
                setOwnerReference: true
                successCondition: status.succeeded > {{workflow.parameters.completions}}
                failureCondition: status.failed > 1
                flags: [--validate=false]
                manifest: |
                  apiVersion: batch/v1
                  kind: Job
                  metadata:
                    generateName: {{workflow.name}}-
                  spec:
                    completions: {{workflow.parameters.completions}}
              outputs:
                parameters:
                - name: job-name
                  valueFrom: {jsonPath: "{.metadata.name}"}
                - name: phase
                  valueFrom: {jqFilter: .status.phase, default: unknown}
            - name: show
              inputs:
                parameters: [{name: job}]
              container:
                image: alpine
                command: [echo, "{{inputs.parameters.job}}"]
          """);

  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final Map<String, StepState> steps = new HashMap<>();
  private WorkflowStatus status = WorkflowStatus.EMPTY;

  private List<StepSpec> pass() {
    Decision d = reconciler.decide(JOB, status, Map.copyOf(steps), T0);
    status = d.next();
    var started = d.actions().stream().map(a -> ((Action.StartStep) a).spec()).toList();
    started.forEach(s -> steps.put(s.nodeId(), StepState.running(T0)));
    return started;
  }

  @Test
  void startsAResourceStepWithItsVariablesSubstituted() {
    StepSpec spec = pass().get(0);

    assertThat(spec.templateName()).isEqualTo("create-job");
    assertThat(spec.command()).isEmpty();
    assertThat(spec.resource())
        .isEqualTo(
            new ResourceSpec(
                "create",
                "apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: r-\n"
                    + "spec:\n  completions: 3\n",
                null,
                "status.succeeded > 3",
                "status.failed > 1",
                "strategic",
                true,
                List.of("--validate=false"),
                List.of(
                    new ResourceOutput("job-name", "{.metadata.name}", null, null),
                    new ResourceOutput("phase", null, ".status.phase", "unknown"))));
  }

  @Test
  void givesTheResourceNodeThePodTypeAndRunsIt() {
    pass();

    var node = nodeNamed(status, "r[0].create");
    assertThat(node.type()).isEqualTo(NodeType.POD);
    assertThat(node.phase()).isEqualTo(NodePhase.RUNNING);
  }

  @Test
  void passesTheResourceOutputsToTheNextStep() {
    StepSpec create = pass().get(0);
    steps.put(create.nodeId(), succeeded(null, Map.of("job-name", "r-x7", "phase", "Done")));

    StepSpec show = pass().get(0);

    var node = nodeNamed(status, "r[0].create");
    assertThat(node.phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(node.outputs().parameters())
        .extracting(Parameter::name, Parameter::value)
        .containsExactlyInAnyOrder(tuple("job-name", "r-x7"), tuple("phase", "Done"));
    assertThat(show.command()).containsExactly("echo", "r-x7");
  }

  @Test
  void failsTheWorkflowWithTheMessageOfAFailedResourceStep() {
    StepSpec create = pass().get(0);
    String message = "failure condition 'status.failed>1' evaluated true";
    steps.put(
        create.nodeId(),
        StepState.ended(
            new StepResult(
                StepResult.Phase.FAILED, null, null, Map.of(), message, T0, T0.plusSeconds(5))));

    assertThat(pass()).isEmpty();
    assertThat(nodeNamed(status, "r[0].create").message()).isEqualTo(message);
    assertThat(status.phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
