package dev.wf.engine.cron;

import java.time.Instant;

import dev.wf.api.spec.WorkflowPhase;

/**
 * A workflow a cron workflow started (labelled {@code workflows.argoproj.io/cron-workflow}), as the
 * scheduler sees it; {@code finishedAt} is null while it runs.
 */
public record CronChild(
    String name,
    String uid,
    WorkflowPhase phase,
    Instant createdAt,
    Instant finishedAt,
    Instant scheduledTime) {}
