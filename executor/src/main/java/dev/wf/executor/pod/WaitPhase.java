package dev.wf.executor.pod;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import dev.wf.executor.OutputCollector;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;
import dev.wf.executor.artifacts.ArtifactSaver;

/**
 * The {@code wait} container of a step pod: waits for the main container's exit code, then turns
 * what it left in the shared directory into the step's {@link StepResult} exactly as the local
 * runtime does ({@link OutputCollector}, then {@link ArtifactSaver} for output artifacts and the
 * log), and reports it.
 */
final class WaitPhase {
  private final ArtifactSaver saver;
  private final ResultReporter reporter;
  private final Clock clock;

  WaitPhase(ArtifactSaver saver, ResultReporter reporter, Clock clock) {
    this.saver = saver;
    this.reporter = reporter;
    this.clock = clock;
  }

  /**
   * Waits, collects and reports; empty (nothing reported) when the main container ended without an
   * exit code, so the runtime judges the step from the pod's status instead.
   */
  Optional<StepResult> run(PodContext context, BooleanSupplier mainEnded)
      throws IOException, InterruptedException {
    Instant startedAt = clock.instant();
    var watch = new ExitCodeWatch(context.file(PodLayout.EXIT_CODE), mainEnded);
    Optional<Integer> exitCode = watch.await();
    if (exitCode.isEmpty()) return Optional.empty();
    Instant finishedAt = Files.getLastModifiedTime(context.file(PodLayout.EXIT_CODE)).toInstant();
    if (finishedAt.isBefore(startedAt)) startedAt = finishedAt;
    StepSpec spec = context.spec();
    StepResult collected =
        new OutputCollector(context::output)
            .collect(spec, exitCode.get(), context.file(PodLayout.STDOUT), startedAt, finishedAt);
    StepResult result = saver.save(spec, collected, context::output, context.file(PodLayout.LOG));
    reporter.report(spec, result);
    return Optional.of(result);
  }

  /** Reports that the step could not run, e.g. because init failed to place an input. */
  void reportError(PodContext context, String message) {
    Instant now = clock.instant();
    reporter.report(
        context.spec(),
        new StepResult(StepResult.Phase.ERROR, null, null, Map.of(), message, now, now));
  }
}
