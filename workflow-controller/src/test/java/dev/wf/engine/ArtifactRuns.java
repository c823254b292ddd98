package dev.wf.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.ArtifactRepositoryRefStatus;
import dev.wf.api.spec.S3ArtifactRepository;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactResult;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.artifacts.SecretRef;

/**
 * Runs of workflows that move artifacts, for reconciler tests: the repository a submission would
 * have resolved, and steps that end reporting saved artifacts, as the executor reports them.
 */
final class ArtifactRuns {
  static final ArtifactRepository FILE = ArtifactRepository.file("/wf/artifacts");
  static final SecretRef ACCESS = new SecretRef("my-s3", "accessKey");
  static final SecretRef SECRET = new SecretRef("my-s3", "secretKey");
  static final ArtifactRepository S3 = s3(null, null);

  private ArtifactRuns() {}

  /** An S3 repository on {@code minio:9000}, bucket {@code my-bucket}. */
  static ArtifactRepository s3(String keyFormat, Boolean archiveLogs) {
    return new ArtifactRepository(
        archiveLogs,
        new S3ArtifactRepository(
            "minio:9000", "my-bucket", "us-east-1", true, ACCESS, SECRET, null, keyFormat),
        null);
  }

  /** A run of the workflow in {@code yaml}, submitted with {@code repository} resolved. */
  static EngineRun run(String yaml, ArtifactRepository repository) {
    Workflow wf = EngineFixtures.workflow(yaml);
    return new EngineRun(
        wf.withStatus(
            WorkflowStatus.EMPTY.withArtifactRepositoryRef(
                ArtifactRepositoryRefStatus.ofDefault(repository))));
  }

  /** The spec of the only step {@code d} starts. */
  static StepSpec onlyStarted(Decision d) {
    List<StepSpec> started = EngineRun.started(d);
    if (started.size() != 1) throw new AssertionError("expected one started step: " + started);
    return started.get(0);
  }

  /** Where a step would have stored {@code key} in {@code repository}. */
  static ArtifactLocation location(ArtifactRepository repository, String key, String archive) {
    return new ArtifactLocation(RepositorySpecs.of(repository), key, archive, 12L, "ab12");
  }

  /** Ends node {@code name} successfully, reporting {@code artifacts} saved and {@code log}. */
  static void save(
      EngineRun run, String name, Instant at, ArtifactLocation log, ArtifactResult... artifacts) {
    run.finish(
        name,
        new StepResult(
            StepResult.Phase.SUCCEEDED,
            0,
            "",
            Map.of(),
            null,
            at.minusSeconds(1),
            at,
            List.of(artifacts),
            log));
  }

  /** The spec a repository becomes in a step's spec. */
  static RepositorySpec spec(ArtifactRepository repository) {
    return RepositorySpecs.of(repository);
  }
}
