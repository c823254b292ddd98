package dev.wf.engine;

import static dev.wf.engine.ArtifactRuns.FILE;
import static dev.wf.engine.ArtifactRuns.S3;
import static dev.wf.engine.ArtifactRuns.onlyStarted;
import static dev.wf.engine.ArtifactRuns.run;
import static dev.wf.engine.ArtifactRuns.spec;
import static dev.wf.engine.EngineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.NodePhase;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.InputArtifactSpec;

/** Input artifacts from sources other than a step: key-only s3, raw, http, and none at all. */
class ArtifactSourcesReconcilerTest {
  private static EngineRun consumer(String input, ArtifactRepository repository) {
    return run(
        """
        metadata: {name: src}
        spec:
          entrypoint: main
          templates:
          - name: main
            inputs:
              parameters:
              - {name: who, value: world}
              artifacts:
        """
            + input.indent(6)
            + """
            container: {image: alpine, command: ["true"]}
        """,
        repository);
  }

  private static InputArtifactSpec onlyInput(String input, ArtifactRepository repository) {
    var spec = onlyStarted(consumer(input, repository).pass(T0));
    assertThat(spec.inputArtifacts()).hasSize(1);
    return spec.inputArtifacts().get(0);
  }

  @Test
  void readsAKeyOnlyInputFromTheWorkflowsRepository() {
    var in = onlyInput("- {name: f, path: /tmp/f, s3: {key: my-file}}", S3);

    assertThat(in.location())
        .isEqualTo(new ArtifactLocation(spec(S3), "my-file", null, null, null));
  }

  @Test
  void readsAKeyOnlyInputFromTheFileRepository() {
    var in = onlyInput("- {name: f, path: /tmp/f, s3: {key: data/my-file}}", FILE);

    assertThat(in.location().repository()).isEqualTo(spec(FILE));
    assertThat(in.location().key()).isEqualTo("data/my-file");
  }

  @Test
  void tellsHowAKeyOnlyInputIsPackedWhenItSays() {
    var in = onlyInput("- {name: f, path: /tmp/f, s3: {key: my-file}, archive: {none: {}}}", S3);

    assertThat(in.location().archive()).isEqualTo("none");
  }

  @Test
  void substitutesVariablesInAKeyOnlyInputsKey() {
    var in =
        onlyInput(
            "- {name: f, path: /tmp/f, s3: {key: \"{{workflow.name}}/{{inputs.parameters.who}}\"}}",
            S3);

    assertThat(in.location().key()).isEqualTo("src/world");
  }

  @Test
  void passesRawDataThrough() {
    var in =
        onlyInput(
            "- {name: f, path: /tmp/f, raw: {data: \"hello {{inputs.parameters.who}}\"}}", FILE);

    assertThat(in.raw()).isEqualTo("hello world");
    assertThat(in.location()).isNull();
  }

  @Test
  void passesAnHttpUrlThrough() {
    var in = onlyInput("- {name: f, path: /tmp/f, http: {url: 'https://example.com/f.txt'}}", FILE);

    assertThat(in.httpUrl()).isEqualTo("https://example.com/f.txt");
  }

  @Test
  void passesSubPathAndMode() {
    var in =
        onlyInput("- {name: f, path: /tmp/f, s3: {key: k}, subPath: inner/file, mode: 384}", S3);

    assertThat(in.subPath()).isEqualTo("inner/file");
    assertThat(in.mode()).isEqualTo(384);
  }

  @Test
  void leavesOutAnOptionalInputThatNobodySupplied() {
    var spec = onlyStarted(consumer("- {name: f, path: /tmp/f, optional: true}", FILE).pass(T0));

    assertThat(spec.inputArtifacts()).isEmpty();
    assertThat(spec.privatePaths()).contains("/tmp/f");
  }

  @Test
  void errorsARequiredInputThatNobodySupplied() {
    var run = consumer("- {name: f, path: /tmp/f}", FILE);

    run.pass(T0);

    assertThat(run.node("src"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(NodePhase.ERROR, "inputs.artifacts.f was not supplied");
  }

  @Test
  void errorsAnInputOfAKindWfDoesNotSupport() {
    var run = consumer("- {name: f, path: /src, git: {repo: 'https://github.com/a/b.git'}}", FILE);

    run.pass(T0);

    assertThat(run.node("src"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(
            NodePhase.ERROR,
            "input artifact \"f\": git artifacts are not supported by wf (supported: s3, http,"
                + " raw, and outputs of other steps)");
  }

  @Test
  void bindsTheWorkflowsArgumentsToTheEntrypointsInputs() {
    var run =
        run(
            """
            metadata: {name: args}
            spec:
              entrypoint: main
              arguments:
                artifacts:
                - {name: text, raw: {data: "1\\n2\\n"}}
              templates:
              - name: main
                inputs:
                  artifacts:
                  - {name: text, path: /inputs/text/data}
                container: {image: alpine, command: [cat, "{{inputs.artifacts.text.path}}"]}
            """,
            FILE);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.inputArtifacts()).extracting(InputArtifactSpec::raw).containsExactly("1\n2\n");
    assertThat(spec.command()).containsExactly("cat", "/inputs/text/data");
  }
}
