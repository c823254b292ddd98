package dev.wf.executor.artifacts;

/**
 * An output artifact to save after the command has ended: what lies at {@code path} (as the step
 * saw it), packed as {@code archive}, uploaded to {@code repository} under {@code key} (already
 * formatted). An {@code optional} output whose path is missing is skipped; a missing one that is
 * not optional fails the step.
 */
public record OutputArtifactSpec(
    String name,
    String path,
    RepositorySpec repository,
    String key,
    ArchiveSpec archive,
    boolean optional) {}
