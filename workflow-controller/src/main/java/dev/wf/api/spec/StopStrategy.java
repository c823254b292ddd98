package dev.wf.api.spec;

/**
 * When a {@link CronWorkflow} stops scheduling for good: {@code expression} (over {@code
 * cronworkflow.succeeded}, {@code cronworkflow.failed}, ...) holds after a workflow completes.
 */
public record StopStrategy(String expression) {}
