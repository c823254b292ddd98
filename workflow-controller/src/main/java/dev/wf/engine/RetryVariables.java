package dev.wf.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.NodeStatus;

/**
 * The variables a retried node adds: {@code retries} (the attempt's index) and {@code
 * lastRetry.exitCode}, {@code .status}, {@code .duration} (whole seconds) and {@code .message} of
 * the attempt before, all strings as in Argo. An attempt's template sees them; so does {@code
 * retryStrategy.expression}, where an exit code that is not known reads "-1".
 */
final class RetryVariables {
  private RetryVariables() {}

  /** What attempt {@code index} sees; {@code previous} is the attempt before it, or null. */
  static Map<String, String> forAttempt(int index, NodeStatus previous) {
    var vars = new LinkedHashMap<String, String>();
    vars.put("retries", Integer.toString(index));
    vars.put("lastRetry.exitCode", "0");
    vars.put("lastRetry.status", "");
    vars.put("lastRetry.duration", "0");
    vars.put("lastRetry.message", "");
    if (previous != null) vars.putAll(last(previous, "0"));
    return vars;
  }

  /** What the expression sees after {@code attempts} (at least one) have run. */
  static Map<String, String> forExpression(List<NodeStatus> attempts) {
    var vars = new LinkedHashMap<String, String>();
    vars.put("retries", Integer.toString(attempts.size() - 1));
    vars.putAll(last(attempts.getLast(), "-1"));
    return vars;
  }

  private static Map<String, String> last(NodeStatus attempt, String unknownExitCode) {
    var vars = new LinkedHashMap<String, String>();
    String exitCode = attempt.outputs() == null ? null : attempt.outputs().exitCode();
    vars.put("lastRetry.exitCode", exitCode == null ? unknownExitCode : exitCode);
    vars.put("lastRetry.status", attempt.phase().label());
    vars.put("lastRetry.duration", seconds(attempt));
    vars.put("lastRetry.message", attempt.message() == null ? "" : attempt.message());
    return vars;
  }

  /**
   * The attempt's duration in whole seconds: Argo's node times have second precision, so its
   * durations are whole numbers that {@code asInt(lastRetry.duration)} can read.
   */
  private static String seconds(NodeStatus attempt) {
    if (attempt.startedAt() == null || attempt.finishedAt() == null) return "0";
    Instant started = attempt.startedAt().truncatedTo(ChronoUnit.SECONDS);
    Instant finished = attempt.finishedAt().truncatedTo(ChronoUnit.SECONDS);
    return Long.toString(Math.max(0, Duration.between(started, finished).toSeconds()));
  }
}
