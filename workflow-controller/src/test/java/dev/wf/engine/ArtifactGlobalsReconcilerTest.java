package dev.wf.engine;

import static dev.wf.engine.ArtifactRuns.S3;
import static dev.wf.engine.ArtifactRuns.location;
import static dev.wf.engine.ArtifactRuns.onlyStarted;
import static dev.wf.engine.ArtifactRuns.run;
import static dev.wf.engine.ArtifactRuns.save;
import static dev.wf.engine.EngineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactResult;
import dev.wf.executor.artifacts.InputArtifactSpec;

/**
 * Artifacts beyond one step: {@code globalName} and {@code workflow.outputs.artifacts}, a steps or
 * DAG template's own output artifacts, and consumers of producers that did not run.
 */
class ArtifactGlobalsReconcilerTest {
  private static final ArtifactLocation STORED = location(S3, "g/p/hello-art.tgz", "tar");

  private static final String GLOBAL =
      """
      metadata: {name: g}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: generate, template: generate}
          - - name: consume
              template: consume
              arguments:
                artifacts:
                - {name: art, from: "{{workflow.outputs.artifacts.my-global-art}}"}
        - name: generate
          container: {image: alpine, command: ["true"]}
          outputs:
            artifacts:
            - {name: hello-art, path: /tmp/hello.txt, globalName: my-global-art}
        - name: consume
          inputs:
            artifacts:
            - {name: art, path: /art}
          container: {image: alpine, command: [cat, /art]}
      """;

  private static EngineRun generated() {
    var run = run(GLOBAL, S3);
    run.pass(T0);
    save(run, "g[0].generate", T0.plusSeconds(1), null, new ArtifactResult("hello-art", STORED));
    return run;
  }

  @Test
  void publishesAnArtifactUnderItsGlobalName() {
    var run = generated();

    run.pass(T0.plusSeconds(1));

    Artifact global = run.status().outputs().artifacts().get(0);
    assertThat(global.name()).isEqualTo("my-global-art");
    assertThat(global.path()).isNull();
    assertThat(global.globalName()).isNull();
    assertThat(global.location()).isEqualTo(STORED);
  }

  @Test
  void passesAGlobalArtifactToLaterSteps() {
    var run = generated();

    var spec = onlyStarted(run.pass(T0.plusSeconds(1)));

    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::name, InputArtifactSpec::location)
        .containsExactly(org.assertj.core.api.Assertions.tuple("art", STORED));
  }

  private static final String DAG_OUTPUT =
      """
      metadata: {name: d}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: inner, template: inner}
          - - name: use
              template: use
              arguments:
                artifacts:
                - {name: in, from: "{{steps.inner.outputs.artifacts.result}}"}
        - name: inner
          dag:
            tasks:
            - {name: heads, template: produce}
            - {name: tails, template: produce, when: "1 == 2"}
          outputs:
            artifacts:
            - name: result
              globalName: winner
              fromExpression: "tasks.heads.status == 'Succeeded' ? tasks.heads.outputs.artifacts.out : tasks.tails.outputs.artifacts.out"
        - name: produce
          container: {image: alpine, command: ["true"]}
          outputs:
            artifacts:
            - {name: out, path: /out}
        - name: use
          inputs:
            artifacts:
            - {name: in, path: /in}
          container: {image: alpine, command: ["true"]}
      """;

  @Test
  void givesADagTemplateTheArtifactItsFromExpressionChooses() {
    var run = run(DAG_OUTPUT, S3);
    run.pass(T0);
    save(run, "d[0].inner.heads", T0.plusSeconds(1), null, new ArtifactResult("out", STORED));

    run.pass(T0.plusSeconds(1));

    Artifact result = run.node("d[0].inner").outputs().artifacts().get(0);
    assertThat(result.name()).isEqualTo("result");
    assertThat(result.globalName()).isEqualTo("winner");
    assertThat(result.location()).isEqualTo(STORED);
    assertThat(run.status().outputs().artifacts())
        .extracting(Artifact::name)
        .containsExactly("winner");
  }

  @Test
  void passesATemplatesOutputArtifactOnToTheNextStep() {
    var run = run(DAG_OUTPUT, S3);
    run.pass(T0);
    save(run, "d[0].inner.heads", T0.plusSeconds(1), null, new ArtifactResult("out", STORED));

    var spec = onlyStarted(run.pass(T0.plusSeconds(1)));

    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::location)
        .containsExactly(STORED);
  }

  @Test
  void errorsATemplateWhoseRequiredOutputArtifactHasNoValue() {
    var run = run(DAG_OUTPUT, S3);
    run.pass(T0);
    save(run, "d[0].inner.heads", T0.plusSeconds(1), null);

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("d[0].inner").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("d[0].inner").message())
        .startsWith("output artifact \"result\": tasks.heads.status");
  }

  private static String skippedProducer(String optional) {
    return """
        metadata: {name: s}
        spec:
          entrypoint: main
          templates:
          - name: main
            steps:
            - - {name: maybe, template: produce, when: "1 == 2"}
            - - name: use
                template: use
                arguments:
                  artifacts:
                  - {name: in, from: "{{steps.maybe.outputs.artifacts.out}}"}
          - name: produce
            container: {image: alpine, command: ["true"]}
            outputs:
              artifacts:
              - {name: out, path: /out}
          - name: use
            inputs:
              artifacts:
              - {name: in, path: /in%s}
            container: {image: alpine, command: ["true"]}
        """
        .formatted(optional);
  }

  @Test
  void runsWithoutAnOptionalInputWhoseProducerWasSkipped() {
    var run = run(skippedProducer(", optional: true"), S3);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.templateName()).isEqualTo("use");
    assertThat(spec.inputArtifacts()).isEmpty();
  }

  @Test
  void errorsARequiredInputWhoseProducerWasSkipped() {
    var run = run(skippedProducer(""), S3);

    run.pass(T0);

    assertThat(run.node("s[1].use"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(
            NodePhase.ERROR,
            "inputs.artifacts.in was not supplied: {{steps.maybe.outputs.artifacts.out}} has no"
                + " value");
  }

  @Test
  void keepsArtifactsAndTheirLocationsThroughTheStoresJson() {
    var run = generated();
    run.pass(T0.plusSeconds(1));

    String json = ModelJson.write(run.status());

    assertThat(ModelJson.read(json, WorkflowStatus.class)).isEqualTo(run.status());
  }
}
