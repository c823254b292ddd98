package dev.wf.engine;

import static dev.wf.engine.ArtifactRuns.FILE;
import static dev.wf.engine.ArtifactRuns.S3;
import static dev.wf.engine.ArtifactRuns.onlyStarted;
import static dev.wf.engine.ArtifactRuns.run;
import static dev.wf.engine.ArtifactRuns.spec;
import static dev.wf.engine.EngineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.NodePhase;
import dev.wf.executor.artifacts.ArchiveSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;
import dev.wf.executor.artifacts.RepositorySpec;

/** What a step is told to save: keys as Argo forms them, archives, repositories. */
class ArtifactOutputsReconcilerTest {
  private static String producer(String outputs) {
    return """
        metadata: {name: keys}
        spec:
          entrypoint: main
          templates:
          - name: main
            inputs:
              parameters:
              - {name: dir, value: out}
            container: {image: alpine, command: [sh, -c, "true"]}
            outputs:
              artifacts:
        """
        + outputs.indent(6);
  }

  private static OutputArtifactSpec onlyOutput(ArtifactRepository repository, String outputs) {
    var run = run(producer(outputs), repository);
    var spec = onlyStarted(run.pass(T0));
    assertThat(spec.outputArtifacts()).hasSize(1);
    return spec.outputArtifacts().get(0);
  }

  private static String podName() {
    var run = run(producer("- {name: a, path: /tmp/a}"), S3);
    run.pass(T0);
    return run.id("keys");
  }

  @Test
  void keysAnOutputUnderWorkflowAndPodNameAsATarball() {
    var out = onlyOutput(S3, "- {name: result, path: /tmp/result.txt}");

    assertThat(out.key()).isEqualTo("keys/" + podName() + "/result.tgz");
    assertThat(out.archive()).isEqualTo(ArchiveSpec.TAR);
    assertThat(out.path()).isEqualTo("/tmp/result.txt");
  }

  @Test
  void keysAZipArchiveWithAZipSuffix() {
    var out = onlyOutput(S3, "- {name: result, path: /tmp/r, archive: {zip: {}}}");

    assertThat(out.key()).isEqualTo("keys/" + podName() + "/result.zip");
    assertThat(out.archive()).isEqualTo(ArchiveSpec.ZIP);
  }

  @Test
  void keysAnUnarchivedOutputByItsFileName() {
    var out = onlyOutput(S3, "- {name: result, path: /tmp/hello_world.txt, archive: {none: {}}}");

    assertThat(out.key()).isEqualTo("keys/" + podName() + "/hello_world.txt");
    assertThat(out.archive()).isEqualTo(ArchiveSpec.NONE);
  }

  @Test
  void keysAnUnarchivedDirectoryByItsName() {
    var out = onlyOutput(S3, "- {name: etc, path: /etc/, archive: {none: {}}}");

    assertThat(out.key()).isEqualTo("keys/" + podName() + "/etc");
  }

  @Test
  void passesTheTarCompressionLevel() {
    var out = onlyOutput(S3, "- {name: r, path: /tmp/r, archive: {tar: {compressionLevel: 0}}}");

    assertThat(out.archive()).isEqualTo(new ArchiveSpec("tar", 0));
  }

  @Test
  void usesAnOutputsOwnKeyWithItsVariablesSubstituted() {
    var out =
        onlyOutput(
            S3,
            "- {name: r, path: /tmp/r, s3: {key: \"{{workflow.name}}/{{inputs.parameters.dir}}/r\"}}");

    assertThat(out.key()).isEqualTo("keys/out/r");
    assertThat(out.repository()).isEqualTo(spec(S3));
  }

  @Test
  void formatsKeysWithTheRepositorysKeyFormat() {
    var repository =
        ArtifactRuns.s3(
            "art/{{workflow.creationTimestamp.Y}}/{{workflow.namespace}}/{{pod.name}}", null);

    var out = onlyOutput(repository, "- {name: r, path: /tmp/r}");

    assertThat(out.key()).isEqualTo("art/2026/default/" + podName() + "/r.tgz");
  }

  @Test
  void tellsTheStepTheRepositoryWithSecretReferencesOnly() {
    var out = onlyOutput(S3, "- {name: r, path: /tmp/r}");

    assertThat(out.repository().s3())
        .isEqualTo(
            new RepositorySpec.S3(
                "minio:9000",
                "my-bucket",
                "us-east-1",
                true,
                ArtifactRuns.ACCESS,
                ArtifactRuns.SECRET,
                false));
  }

  @Test
  void storesInTheFileRepositoryByDefault() {
    var out = onlyOutput(FILE, "- {name: r, path: /tmp/r}");

    assertThat(out.repository()).isEqualTo(RepositorySpec.file("/wf/artifacts"));
    assertThat(out.key()).isEqualTo("keys/" + podName() + "/r.tgz");
  }

  @Test
  void savesToABucketAnOutputNamesItself() {
    var out =
        onlyOutput(
            FILE,
            "- {name: r, path: /tmp/r, s3: {endpoint: 's3.example.com', bucket: other, key: x/r}}");

    assertThat(out.repository().s3())
        .extracting(RepositorySpec.S3::endpoint, RepositorySpec.S3::bucket)
        .containsExactly("s3.example.com", "other");
    assertThat(out.key()).isEqualTo("x/r");
  }

  @Test
  void marksOptionalOutputs() {
    var out = onlyOutput(S3, "- {name: r, path: /tmp/r, optional: true}");

    assertThat(out.optional()).isTrue();
  }

  @Test
  void substitutesOutputPathPlaceholdersInTheCommand() {
    var run =
        run(
            """
            metadata: {name: paths}
            spec:
              entrypoint: main
              templates:
              - name: main
                container:
                  image: alpine
                  command: [sh, -c, "echo > {{outputs.artifacts.a.path}} {{outputs.parameters.p.path}}"]
                outputs:
                  parameters:
                  - {name: p, valueFrom: {path: /tmp/p.txt}}
                  artifacts:
                  - {name: a, path: /tmp/a.txt}
            """,
            FILE);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.command()).last().isEqualTo("echo > /tmp/a.txt /tmp/p.txt");
  }

  @Test
  void errorsTheNodeWhenAKeyFormatGivesABadKey() {
    var run = run(producer("- {name: r, path: /tmp/r}"), ArtifactRuns.s3("a/../b", null));

    var d = run.pass(T0);

    assertThat(EngineRun.started(d)).isEmpty();
    assertThat(run.node("keys"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(
            NodePhase.ERROR,
            "artifact \"r\": artifact key \"a/../b/r.tgz\" has an empty, \".\" or \"..\" segment");
  }

  @Test
  void errorsTheNodeRatherThanStoreAnOutputElsewhereThanItAsks() {
    var run = run(producer("- {name: r, path: /tmp/r, gcs: {bucket: b, key: r.tgz}}"), S3);

    var d = run.pass(T0);

    assertThat(EngineRun.started(d)).isEmpty();
    assertThat(run.node("keys"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(
            NodePhase.ERROR,
            "output artifact \"r\": gcs artifacts are not supported by wf (supported: the"
                + " workflow's repository, or s3)");
  }

  @Test
  void errorsTheNodeWhenTheWorkflowHasNoRepository() {
    var run = new EngineRun(EngineFixtures.workflow(producer("- {name: r, path: /tmp/r}")));

    run.pass(T0);

    assertThat(run.node("keys"))
        .extracting(n -> n.phase(), n -> n.message())
        .containsExactly(
            NodePhase.ERROR,
            "no artifact repository was resolved for this workflow when it was submitted");
  }

  @Test
  void savesNoOutputsForATemplateWithoutThem() {
    var run =
        run(
            """
            metadata: {name: none}
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: alpine, command: ["true"]}
            """,
            FILE);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.outputArtifacts()).isEmpty();
    assertThat(spec.inputArtifacts()).isEmpty();
    assertThat(spec.logArtifact()).isNull();
  }

  @Test
  void listsEveryOutputInOrder() {
    var run =
        run(
            producer(
                """
                - {name: a, path: /tmp/a}
                - {name: b, path: /tmp/b, archive: {none: {}}}
                """),
            S3);

    var spec = onlyStarted(run.pass(T0));

    assertThat(spec.outputArtifacts())
        .extracting(OutputArtifactSpec::name, OutputArtifactSpec::path)
        .containsExactly(tuple("a", "/tmp/a"), tuple("b", "/tmp/b"));
  }
}
