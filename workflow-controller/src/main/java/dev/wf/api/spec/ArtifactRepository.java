package dev.wf.api.spec;

/**
 * Where a workflow's artifacts are kept, in the shape of Argo's {@code ArtifactRepository} (the
 * value of {@code artifactRepository:} in the controller's config, or of a key of an {@code
 * artifact-repositories} ConfigMap): an S3-compatible bucket, or wf's own {@code file} repository,
 * a local directory. {@code archiveLogs} asks for every step's log to be saved as an artifact.
 *
 * @param archiveLogs Argo's switch for log archiving; null when not set
 * @param s3 an S3-compatible bucket, or null
 * @param file a local directory, or null (wf's own; the embedded default)
 */
public record ArtifactRepository(Boolean archiveLogs, S3ArtifactRepository s3, File file) {
  /** Argo's default key format: where a step's outputs go inside the repository. */
  public static final String DEFAULT_KEY_FORMAT = "{{workflow.name}}/{{pod.name}}";

  /** A directory repository; {@code root} is an absolute path once resolved. */
  public record File(String root) {}

  /** A file repository at {@code root}. */
  public static ArtifactRepository file(String root) {
    return new ArtifactRepository(null, null, new File(root));
  }

  /** The key format of this repository: its own {@code keyFormat}, else Argo's default. */
  public String keyFormat() {
    if (s3 != null && s3.keyFormat() != null && !s3.keyFormat().isBlank()) return s3.keyFormat();
    return DEFAULT_KEY_FORMAT;
  }
}
