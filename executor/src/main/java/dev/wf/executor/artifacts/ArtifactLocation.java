package dev.wf.executor.artifacts;

/**
 * A stored artifact: the repository and key it is under, how it was packed ({@code tar}, {@code
 * zip}, {@code none}), and the size and SHA-256 recorded when it was uploaded (null for an object
 * the workflow did not write, such as a key-only {@code s3} input).
 */
public record ArtifactLocation(
    RepositorySpec repository, String key, String archive, Long size, String sha256) {}
