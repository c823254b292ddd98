package dev.wf.executor.artifacts;

/**
 * A saved output artifact as the step reports it: its name and where it went; {@code location} is
 * null for an optional output that was missing.
 */
public record ArtifactResult(String name, ArtifactLocation location) {}
