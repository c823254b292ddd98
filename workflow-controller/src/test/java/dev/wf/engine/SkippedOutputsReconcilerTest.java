package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.nodeNamed;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Workflow;
import dev.wf.executor.StepSpec;

class SkippedOutputsReconcilerTest {
  private final WorkflowReconciler reconciler = new WorkflowReconciler();

  private static Workflow dag(String producerDefault, String consumerDefault) {
    return workflow(
        """
        metadata: {name: s}
        spec:
          entrypoint: main
          templates:
          - name: main
            dag:
              tasks:
              - {name: producer, template: produce, when: "false"}
              - name: consumer
                template: consume
                depends: producer.Succeeded || producer.Skipped
                arguments: {parameters: [{name: in, value: "{{tasks.producer.outputs.parameters.msg}}"}]}
          - name: produce
            outputs: {parameters: [{name: msg, valueFrom: {path: /tmp/out.txt%s}}]}
            container: {image: alpine, command: ["true"]}
          - name: consume
            inputs: {parameters: [{name: in%s}]}
            container: {image: alpine, command: [echo, "{{inputs.parameters.in}}"]}
        """
            .formatted(
                producerDefault == null ? "" : ", default: " + producerDefault,
                consumerDefault == null ? "" : ", default: " + consumerDefault));
  }

  private List<StepSpec> started(Workflow wf) {
    Decision d = reconciler.decide(wf, null, Map.of(), T0);
    return d.actions().stream().map(a -> ((Action.StartStep) a).spec()).toList();
  }

  @Test
  void skippedProducerGivesItsOutputDefault() {
    assertThat(started(dag("from-producer", "from-input")))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "from-producer"));
  }

  @Test
  void consumerInputDefaultAppliesWhenTheSkippedProducerHasNone() {
    assertThat(started(dag(null, "from-input")))
        .extracting(StepSpec::command)
        .containsExactly(List.of("echo", "from-input"));
  }

  @Test
  void consumerErrorsWhenNeitherSideHasADefault() {
    Workflow wf = dag(null, null);
    Decision d = reconciler.decide(wf, null, Map.of(), T0);

    assertThat(d.actions()).isEmpty();
    assertThat(nodeNamed(d.next(), "s.consumer").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(nodeNamed(d.next(), "s.consumer").message())
        .isEqualTo("inputs.parameters.in was not supplied");
  }
}
