package dev.wf.executor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactResult;

/**
 * How a step ended: the one record a runtime reports back, plain JSON.
 *
 * @param phase SUCCEEDED (exit 0 and outputs collected), FAILED (non-zero exit) or ERROR (could not
 *     run, or outputs could not be collected)
 * @param exitCode the command's exit code, null when it never ran
 * @param result stdout with one trailing newline removed, when the spec asked for it
 * @param outputParameters name to value, in the spec's order
 * @param message Argo's node message, e.g. {@code "Error (exit code 1)"}; null on success
 * @param outputArtifacts the saved output artifacts, in the spec's order
 * @param logArtifact where the step's log was archived, or null
 */
public record StepResult(
    Phase phase,
    Integer exitCode,
    String result,
    Map<String, String> outputParameters,
    String message,
    Instant startedAt,
    Instant finishedAt,
    List<ArtifactResult> outputArtifacts,
    ArtifactLocation logArtifact) {
  public StepResult {
    outputArtifacts = outputArtifacts == null ? List.of() : List.copyOf(outputArtifacts);
    outputParameters =
        outputParameters == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(outputParameters));
  }

  /** A result with no artifacts. */
  public StepResult(
      Phase phase,
      Integer exitCode,
      String result,
      Map<String, String> outputParameters,
      String message,
      Instant startedAt,
      Instant finishedAt) {
    this(phase, exitCode, result, outputParameters, message, startedAt, finishedAt, null, null);
  }

  /** A step that could not run or report (phase ERROR), with Argo's message. */
  public static StepResult error(String message, Instant startedAt, Instant finishedAt) {
    return new StepResult(Phase.ERROR, null, null, Map.of(), message, startedAt, finishedAt);
  }

  /** This result with its artifacts. */
  public StepResult withArtifacts(List<ArtifactResult> artifacts, ArtifactLocation log) {
    return new StepResult(
        phase, exitCode, result, outputParameters, message, startedAt, finishedAt, artifacts, log);
  }

  /** The final phases a step can report. */
  public enum Phase {
    SUCCEEDED,
    FAILED,
    ERROR
  }
}
