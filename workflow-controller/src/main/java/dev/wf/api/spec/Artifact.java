package dev.wf.api.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** A file or directory passed between steps. Moved by the executor; fully used from issue 4. */
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
    JsonNode artifactGC) {}
