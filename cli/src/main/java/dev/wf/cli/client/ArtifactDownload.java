package dev.wf.cli.client;

/**
 * What downloading an artifact wrote: the byte count and SHA-256 of what arrived, and how it is
 * packed ({@code tar}, {@code zip} or {@code none}) as the server said.
 */
public record ArtifactDownload(long size, String sha256, String archive) {}
