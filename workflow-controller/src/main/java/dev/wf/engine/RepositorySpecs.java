package dev.wf.engine;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ArtifactRepository;
import dev.wf.api.spec.S3ArtifactRepository;
import dev.wf.executor.artifacts.RepositorySpec;
import dev.wf.executor.artifacts.SecretRef;

/**
 * Turns a repository as the workflow describes it ({@link ArtifactRepository}, or the bucket fields
 * of one artifact's {@code s3}) into the {@link RepositorySpec} a step is given: no secrets, only
 * references to them. An endpoint left out is AWS's, as in Argo.
 */
public final class RepositorySpecs {
  /** The endpoint of a bucket that names none. */
  public static final String DEFAULT_S3_ENDPOINT = "s3.amazonaws.com";

  private static final String[] BUCKET_FIELDS = {"endpoint", "bucket", "region"};

  private RepositorySpecs() {}

  /** The spec of a resolved repository. */
  public static RepositorySpec of(ArtifactRepository repository) {
    if (repository.file() != null) return RepositorySpec.file(repository.file().root());
    S3ArtifactRepository s3 = repository.s3();
    return RepositorySpec.s3(
        new RepositorySpec.S3(
            s3.endpoint() == null || s3.endpoint().isBlank() ? DEFAULT_S3_ENDPOINT : s3.endpoint(),
            s3.bucket(),
            s3.region(),
            Boolean.TRUE.equals(s3.insecure()),
            s3.accessKeySecret(),
            s3.secretKeySecret(),
            s3.createBucketIfNotPresent() != null));
  }

  /** Whether an artifact's {@code s3} names a bucket of its own (not only a key). */
  public static boolean ownBucket(JsonNode s3) {
    if (s3 == null) return false;
    for (String field : BUCKET_FIELDS) {
      if (s3.hasNonNull(field)) return true;
    }
    return false;
  }

  /**
   * The repository an artifact's {@code s3} names: its own bucket fields, each missing one taken
   * from the workflow's repository when that is S3 too ({@code fallback}, may be null).
   */
  public static RepositorySpec ofArtifact(JsonNode s3, RepositorySpec fallback) {
    RepositorySpec.S3 base = fallback == null ? null : fallback.s3();
    String endpoint = text(s3, "endpoint", base == null ? null : base.endpoint());
    return RepositorySpec.s3(
        new RepositorySpec.S3(
            endpoint == null ? DEFAULT_S3_ENDPOINT : endpoint,
            text(s3, "bucket", base == null ? null : base.bucket()),
            text(s3, "region", base == null ? null : base.region()),
            s3.hasNonNull("insecure")
                ? s3.get("insecure").asBoolean()
                : base != null && base.insecure(),
            secret(s3.get("accessKeySecret"), base == null ? null : base.accessKeySecret()),
            secret(s3.get("secretKeySecret"), base == null ? null : base.secretKeySecret()),
            s3.hasNonNull("createBucketIfNotPresent")
                ? !s3.get("createBucketIfNotPresent").isBoolean()
                    || s3.get("createBucketIfNotPresent").booleanValue()
                : base != null && base.createBucketIfNotPresent()));
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? fallback : value.asText();
  }

  private static SecretRef secret(JsonNode node, SecretRef fallback) {
    if (node == null || !node.hasNonNull("name") || !node.hasNonNull("key")) return fallback;
    return new SecretRef(node.get("name").asText(), node.get("key").asText());
  }
}
