package dev.wf.api.spec;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.executor.artifacts.ArtifactLocation;

/**
 * A file or directory passed between steps, in Argo's shape. {@code location} is wf's own, set only
 * in a node's status: where the executor stored an output (repository, key, archive, size,
 * SHA-256), so consumers and {@code wf cp} can find and check it.
 */
public record Artifact(
    String name,
    String path,
    String from,
    String fromExpression,
    Boolean optional,
    Integer mode,
    String globalName,
    String subPath,
    Boolean archiveLogs,
    Boolean deleted,
    Boolean recurseMode,
    JsonNode archive,
    JsonNode raw,
    JsonNode s3,
    JsonNode http,
    JsonNode git,
    JsonNode gcs,
    JsonNode oss,
    JsonNode hdfs,
    JsonNode azure,
    JsonNode artifactory,
    JsonNode plugin,
    JsonNode artifactGC,
    ArtifactLocation location) {
  /** This artifact marked as deleted (or not) by artifact garbage collection. */
  public Artifact withDeleted(boolean newDeleted) {
    return ModelJson.with(this, "deleted", newDeleted);
  }
}
