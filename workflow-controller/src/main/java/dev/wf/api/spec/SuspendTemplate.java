package dev.wf.api.spec;

/**
 * A {@code suspend} body: wait for {@code duration} (seconds, or a Go duration like "2m"), or until
 * resumed.
 */
public record SuspendTemplate(String duration) {}
