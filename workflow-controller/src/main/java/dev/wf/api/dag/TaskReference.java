package dev.wf.api.dag;

import java.util.Optional;

/**
 * One task named in a {@code depends} expression: the task, the result asked for ({@code
 * A.Failed}), or none for a bare {@code A}, and where the name starts in the text (0-based).
 */
public record TaskReference(String task, Optional<TaskResult> result, int offset) {}
