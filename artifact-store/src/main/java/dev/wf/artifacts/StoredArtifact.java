package dev.wf.artifacts;

/** What a completed upload stored: the key, its size in bytes and its SHA-256 in hex. */
public record StoredArtifact(String key, long size, String sha256) {}
