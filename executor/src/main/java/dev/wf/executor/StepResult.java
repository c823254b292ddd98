package dev.wf.executor;

import java.time.Instant;
import java.util.Map;

/**
 * How a step ended: the one record a runtime reports back, plain JSON.
 *
 * @param phase SUCCEEDED (exit 0 and outputs collected), FAILED (non-zero exit) or ERROR (could not
 *     run, or outputs could not be collected)
 * @param exitCode the command's exit code, null when it never ran
 * @param result stdout with one trailing newline removed, when the spec asked for it
 * @param outputParameters name to value, in the spec's order
 * @param message Argo's node message, e.g. {@code "Error (exit code 1)"}; null on success
 */
public record StepResult(
    Phase phase,
    Integer exitCode,
    String result,
    Map<String, String> outputParameters,
    String message,
    Instant startedAt,
    Instant finishedAt) {
  public StepResult {
    outputParameters =
        outputParameters == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(outputParameters));
  }

  /** The final phases a step can report. */
  public enum Phase {
    SUCCEEDED,
    FAILED,
    ERROR
  }
}
