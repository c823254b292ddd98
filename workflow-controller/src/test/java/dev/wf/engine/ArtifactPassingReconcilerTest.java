package dev.wf.engine;

import static dev.wf.engine.ArtifactRuns.FILE;
import static dev.wf.engine.ArtifactRuns.S3;
import static dev.wf.engine.ArtifactRuns.location;
import static dev.wf.engine.ArtifactRuns.onlyStarted;
import static dev.wf.engine.ArtifactRuns.run;
import static dev.wf.engine.ArtifactRuns.save;
import static dev.wf.engine.EngineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodePhase;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactResult;
import dev.wf.executor.artifacts.InputArtifactSpec;

/** Artifacts passed from step to step: {@code from}, {@code fromExpression}, node outputs. */
class ArtifactPassingReconcilerTest {
  private static final String STEPS =
      """
      metadata: {name: pass}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: produce, template: produce}
          - - name: consume
              template: consume
              arguments:
                artifacts:
                - {name: in, from: "{{steps.produce.outputs.artifacts.out}}"}
        - name: produce
          container: {image: alpine, command: [sh, -c, "echo hi > /tmp/out.txt"]}
          outputs:
            artifacts:
            - {name: out, path: /tmp/out.txt}
        - name: consume
          inputs:
            artifacts:
            - {name: in, path: /work/in.txt, mode: 0644}
          container: {image: alpine, command: [cat, "{{inputs.artifacts.in.path}}"]}
      """;

  private static final ArtifactLocation STORED = location(S3, "pass/p1/out.tgz", "tar");

  private static EngineRun produced(String yaml, String producer) {
    var run = run(yaml, S3);
    run.pass(T0);
    save(run, producer, T0.plusSeconds(1), null, new ArtifactResult("out", STORED));
    return run;
  }

  @Test
  void passesAStepsStoredOutputToTheNextStep() {
    var run = produced(STEPS, "pass[0].produce");

    var spec = onlyStarted(run.pass(T0.plusSeconds(1)));

    assertThat(spec.inputArtifacts())
        .containsExactly(
            new InputArtifactSpec("in", "/work/in.txt", STORED, null, null, false, null, 0644));
    assertThat(spec.command()).containsExactly("cat", "/work/in.txt");
  }

  @Test
  void recordsASavedOutputInArgosShapeWithItsLocation() {
    var run = produced(STEPS, "pass[0].produce");

    run.pass(T0.plusSeconds(1));

    Artifact out = run.node("pass[0].produce").outputs().artifacts().get(0);
    assertThat(out.name()).isEqualTo("out");
    assertThat(out.path()).isEqualTo("/tmp/out.txt");
    assertThat(out.s3().get("key").asText()).isEqualTo("pass/p1/out.tgz");
    assertThat(out.location()).isEqualTo(STORED);
  }

  @Test
  void recordsTheBoundInputOnTheConsumersNode() {
    var run = produced(STEPS, "pass[0].produce");

    run.pass(T0.plusSeconds(1));

    Artifact in = run.node("pass[1].consume").inputs().artifacts().get(0);
    assertThat(in.name()).isEqualTo("in");
    assertThat(in.path()).isEqualTo("/work/in.txt");
    assertThat(in.location()).isEqualTo(STORED);
  }

  @Test
  void leavesOutAnOptionalOutputTheStepDidNotSave() {
    var run = run(STEPS, S3);
    run.pass(T0);
    save(run, "pass[0].produce", T0.plusSeconds(1), null, new ArtifactResult("out", null));

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("pass[0].produce").outputs().artifacts()).isEmpty();
  }

  @Test
  void errorsAConsumerWhoseRequiredInputWasNotSaved() {
    var run = run(STEPS, S3);
    run.pass(T0);
    save(run, "pass[0].produce", T0.plusSeconds(1), null);

    run.pass(T0.plusSeconds(1));

    assertThat(run.node("pass[1].consume"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(
            NodePhase.ERROR,
            "inputs.artifacts.in was not supplied: {{steps.produce.outputs.artifacts.out}} has no"
                + " value");
  }

  @Test
  void passesATasksOutputInADag() {
    var run =
        produced(
            """
            metadata: {name: pass}
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  tasks:
                  - {name: a, template: produce}
                  - name: b
                    depends: a
                    template: consume
                    arguments:
                      artifacts:
                      - {name: in, from: "{{tasks.a.outputs.artifacts.out}}"}
              - name: produce
                container: {image: alpine, command: ["true"]}
                outputs:
                  artifacts:
                  - {name: out, path: /tmp/out}
              - name: consume
                inputs:
                  artifacts:
                  - {name: in, path: /in}
                container: {image: alpine, command: ["true"]}
            """,
            "pass.a");

    var spec = onlyStarted(run.pass(T0.plusSeconds(1)));

    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::location)
        .containsExactly(STORED);
  }

  @Test
  void resolvesAFromExpressionToTheArtifactItNames() {
    var run =
        produced(
            """
            metadata: {name: pass}
            spec:
              entrypoint: main
              templates:
              - name: main
                dag:
                  tasks:
                  - {name: a, template: produce}
                  - name: b
                    depends: a
                    template: consume
                    arguments:
                      artifacts:
                      - name: in
                        fromExpression: "tasks.a.status == 'Succeeded' ? tasks.a.outputs.artifacts.out : nil"
              - name: produce
                container: {image: alpine, command: ["true"]}
                outputs:
                  artifacts:
                  - {name: out, path: /tmp/out}
              - name: consume
                inputs:
                  artifacts:
                  - {name: in, path: /in}
                container: {image: alpine, command: ["true"]}
            """,
            "pass.a");

    var spec = onlyStarted(run.pass(T0.plusSeconds(1)));

    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::location)
        .containsExactly(STORED);
  }

  @Test
  void letsACallSiteArgumentOverrideTheTemplatesOwnSource() {
    var run =
        run(
            """
            metadata: {name: over}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - name: use
                    template: use
                    arguments:
                      artifacts:
                      - {name: in, raw: {data: from the caller}}
              - name: use
                inputs:
                  artifacts:
                  - {name: in, path: /in, raw: {data: default text}}
                container: {image: alpine, command: ["true"]}
            """,
            FILE);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::raw, InputArtifactSpec::path)
        .containsExactly(org.assertj.core.api.Assertions.tuple("from the caller", "/in"));
  }

  @Test
  void forwardsAStepsTemplatesOwnInputArtifactWithFrom() {
    var run =
        run(
            """
            metadata: {name: fwd}
            spec:
              entrypoint: main
              arguments:
                artifacts:
                - {name: seed, raw: {data: seed-content}}
              templates:
              - name: main
                inputs:
                  artifacts:
                  - {name: seed}
                steps:
                - - name: use
                    template: use
                    arguments:
                      artifacts:
                      - {name: in, from: "{{inputs.artifacts.seed}}"}
              - name: use
                inputs:
                  artifacts:
                  - {name: in, path: /in}
                container: {image: alpine, command: ["true"]}
            """,
            FILE);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::name, InputArtifactSpec::raw, InputArtifactSpec::path)
        .containsExactly(org.assertj.core.api.Assertions.tuple("in", "seed-content", "/in"));
  }

  @Test
  void givesEveryRetryAttemptTheSameInputArtifact() {
    var run =
        produced(
            STEPS.replace(
                "- name: consume\n    inputs:",
                "- name: consume\n    retryStrategy: {limit: 1}\n    inputs:"),
            "pass[0].produce");
    run.pass(T0.plusSeconds(1));
    run.end("pass[1].consume(0)", 1, T0.plusSeconds(2));

    var spec = onlyStarted(run.pass(T0.plusSeconds(2)));

    assertThat(spec.nodeId()).isEqualTo(run.id("pass[1].consume(1)"));
    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::location)
        .containsExactly(STORED);
  }

  @Test
  void passesAStepsArtifactToItsExitHook() {
    var run =
        produced(
            """
            metadata: {name: pass}
            spec:
              entrypoint: main
              templates:
              - name: main
                steps:
                - - name: step-1
                    template: produce
                    hooks:
                      exit:
                        template: exit
                        arguments:
                          artifacts:
                          - {name: message, from: "{{steps.step-1.outputs.artifacts.out}}"}
              - name: produce
                container: {image: alpine, command: ["true"]}
                outputs:
                  artifacts:
                  - {name: out, path: /result.txt}
              - name: exit
                inputs:
                  artifacts:
                  - {name: message, path: /tmp/message}
                container: {image: alpine, command: [cat, /tmp/message]}
            """,
            "pass[0].step-1");

    var spec = onlyStarted(run.pass(T0.plusSeconds(1)));

    assertThat(spec.templateName()).isEqualTo("exit");
    assertThat(spec.inputArtifacts())
        .extracting(InputArtifactSpec::location)
        .containsExactly(STORED);
  }
}
