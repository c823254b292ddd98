package dev.wf.executor.artifacts;

/**
 * An input artifact to place at {@code path} (as the step sees it) before the command runs, from
 * exactly one source: a stored object ({@code location}), inline text ({@code raw}) or an HTTP(S)
 * URL ({@code httpUrl}). {@code subPath} picks a file or directory inside an unpacked archive;
 * {@code mode} sets the permissions of what is written; an {@code optional} input that is missing
 * is skipped.
 */
public record InputArtifactSpec(
    String name,
    String path,
    ArtifactLocation location,
    String raw,
    String httpUrl,
    boolean optional,
    String subPath,
    Integer mode) {}
