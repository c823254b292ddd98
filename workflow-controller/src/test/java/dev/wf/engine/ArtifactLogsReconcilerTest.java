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
import dev.wf.api.spec.ArtifactRepository;
import dev.wf.executor.artifacts.ArchiveSpec;
import dev.wf.executor.artifacts.OutputArtifactSpec;

/** {@code archiveLogs}: which steps archive their log as {@code main-logs}, and where. */
class ArtifactLogsReconcilerTest {
  private static OutputArtifactSpec logOf(
      ArtifactRepository repository, String specLine, String templateLine) {
    var run =
        run(
            """
            metadata: {name: logs}
            spec:
              entrypoint: main
            %s
              templates:
              - name: main
                container: {image: alpine, command: ["true"]}
            %s
            """
                .formatted(
                    specLine.indent(2).stripTrailing(), templateLine.indent(4).stripTrailing()),
            repository);
    return onlyStarted(run.pass(T0)).logArtifact();
  }

  @Test
  void archivesLogsByDefaultWithAnS3Repository() {
    var log = logOf(S3, "", "");

    assertThat(log.name()).isEqualTo("main-logs");
    assertThat(log.key()).endsWith("/main.log").startsWith("logs/");
    assertThat(log.archive()).isEqualTo(ArchiveSpec.NONE);
    assertThat(log.repository()).isEqualTo(ArtifactRuns.spec(S3));
  }

  @Test
  void keepsLogsLocalByDefaultWithTheFileRepository() {
    assertThat(logOf(FILE, "", "")).isNull();
  }

  @Test
  void archivesLogsWhenTheWorkflowAsks() {
    assertThat(logOf(FILE, "archiveLogs: true", "")).isNotNull();
  }

  @Test
  void archivesLogsWhenTheTemplateAsks() {
    assertThat(logOf(FILE, "", "archiveLocation: {archiveLogs: true}")).isNotNull();
  }

  @Test
  void letsTheTemplateOverrideTheWorkflow() {
    assertThat(logOf(S3, "archiveLogs: true", "archiveLocation: {archiveLogs: false}")).isNull();
  }

  @Test
  void letsTheWorkflowTurnOffTheS3Default() {
    assertThat(logOf(S3, "archiveLogs: false", "")).isNull();
  }

  @Test
  void archivesAlwaysWhenTheRepositorySaysSo() {
    var repository = ArtifactRuns.s3(null, true);

    assertThat(logOf(repository, "archiveLogs: false", "archiveLocation: {archiveLogs: false}"))
        .isNotNull();
  }

  @Test
  void keepsLogsLocalWhenTheRepositoryTurnsThemOff() {
    assertThat(logOf(ArtifactRuns.s3(null, false), "", "")).isNull();
  }

  @Test
  void recordsAnArchivedLogAsTheMainLogsArtifact() {
    var run =
        run(
            """
            metadata: {name: logs}
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: alpine, command: ["true"]}
            """,
            S3);
    run.pass(T0);
    var stored = location(S3, "logs/x/main.log", "none");
    save(run, "logs", T0.plusSeconds(1), stored);

    run.pass(T0.plusSeconds(1));

    Artifact logs = run.node("logs").outputs().artifacts().get(0);
    assertThat(logs.name()).isEqualTo("main-logs");
    assertThat(logs.s3().get("key").asText()).isEqualTo("logs/x/main.log");
    assertThat(logs.location()).isEqualTo(stored);
  }
}
