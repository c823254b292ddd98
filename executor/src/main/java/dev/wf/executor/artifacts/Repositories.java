package dev.wf.executor.artifacts;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.wf.artifacts.ArtifactException;
import dev.wf.artifacts.ArtifactRepository;
import dev.wf.artifacts.file.FileArtifactRepository;
import dev.wf.artifacts.s3.S3ArtifactRepository;
import dev.wf.artifacts.s3.S3Settings;
import dev.wf.executor.artifacts.SecretResolver.Use;

/**
 * The {@link ArtifactStores} of one process: opens each repository a {@link RepositorySpec}
 * describes once, with its secrets resolved, and keeps it for every later step (an S3 repository
 * holds a client with pooled connections). Closing it closes them all.
 */
public final class Repositories implements ArtifactStores, AutoCloseable {
  /** Argo's endpoint when a repository names none. */
  private static final String AWS_ENDPOINT = "s3.amazonaws.com";

  private final SecretResolver secrets;
  private final Map<RepositorySpec, ArtifactRepository> open = new HashMap<>();

  public Repositories(SecretResolver secrets) {
    this.secrets = secrets;
  }

  @Override
  public synchronized ArtifactRepository open(RepositorySpec spec) throws ArtifactException {
    if (spec == null || (spec.s3() == null && spec.file() == null))
      throw new ArtifactException(
          ArtifactException.Kind.FAILED, "no artifact repository is configured for this artifact");
    ArtifactRepository repository = open.get(spec);
    if (repository == null) {
      repository = create(spec);
      open.put(spec, repository);
    }
    return repository;
  }

  private ArtifactRepository create(RepositorySpec spec) throws ArtifactException {
    if (spec.s3() == null) return new FileArtifactRepository(Path.of(spec.file().root()));
    RepositorySpec.S3 s3 = spec.s3();
    String accessKey = secrets.resolve(s3.accessKeySecret(), Use.S3_ACCESS_KEY);
    String secretKey = secrets.resolve(s3.secretKeySecret(), Use.S3_SECRET_KEY);
    if ((accessKey == null) != (secretKey == null))
      throw new ArtifactException(
          ArtifactException.Kind.FAILED,
          "s3://" + s3.bucket() + ": an access key needs a secret key, and the other way round");
    return new S3ArtifactRepository(
        new S3Settings(
            s3.endpoint() == null || s3.endpoint().isBlank() ? AWS_ENDPOINT : s3.endpoint(),
            s3.bucket(),
            s3.region(),
            s3.insecure(),
            accessKey,
            secretKey,
            s3.createBucketIfNotPresent()));
  }

  @Override
  public synchronized void close() {
    List.copyOf(open.values()).forEach(ArtifactRepository::close);
    open.clear();
  }
}
