package dev.wf.api.spec;

import dev.wf.executor.artifacts.SecretRef;

/**
 * Argo's {@code S3ArtifactRepository}: a bucket on an S3-compatible endpoint ({@code host:port} or
 * a URL), the secrets that hold its keys (references only, never the keys), and the {@code
 * keyFormat} that places a step's outputs. {@code createBucketIfNotPresent} is Argo's object
 * ({@code {objectLocking: ...}}); present means "create it".
 */
public record S3ArtifactRepository(
    String endpoint,
    String bucket,
    String region,
    Boolean insecure,
    SecretRef accessKeySecret,
    SecretRef secretKeySecret,
    CreateS3BucketOptions createBucketIfNotPresent,
    String keyFormat) {
  /** Argo's {@code CreateS3BucketOptions}. */
  public record CreateS3BucketOptions(Boolean objectLocking) {}
}
