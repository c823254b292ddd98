package dev.wf.executor.artifacts;

/**
 * Where artifacts are kept, as a step is told it: an S3-compatible bucket or a local directory
 * (exactly one is set). It never holds secrets, only references to them ({@link SecretRef}), so it
 * can be written to a step's spec file and shown; the executor resolves the references when it
 * opens the repository.
 */
public record RepositorySpec(S3 s3, File file) {
  /** Argo's {@code s3} repository fields. */
  public record S3(
      String endpoint,
      String bucket,
      String region,
      boolean insecure,
      SecretRef accessKeySecret,
      SecretRef secretKeySecret,
      boolean createBucketIfNotPresent) {}

  /** A directory repository (the embedded default, under {@code $WF_HOME/artifacts}). */
  public record File(String root) {}

  public static RepositorySpec s3(S3 s3) {
    return new RepositorySpec(s3, null);
  }

  public static RepositorySpec file(String root) {
    return new RepositorySpec(null, new File(root));
  }

  /** How messages name it: {@code s3://bucket}, or the directory. */
  public String describe() {
    return s3 != null ? "s3://" + s3.bucket() : file.root();
  }
}
