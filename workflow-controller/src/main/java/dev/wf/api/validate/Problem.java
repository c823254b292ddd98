package dev.wf.api.validate;

/**
 * A problem found by a check, before it has a position: {@code path} is the field path inside the
 * document, e.g. {@code spec.templates[1].dag.tasks[0].depends}.
 */
public record Problem(String path, String message) {}
