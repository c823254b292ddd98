package dev.wf.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.wf.api.spec.RetryStrategy;

/**
 * {@code retryStrategy.backoff}: the wait before each retry, {@code duration * factor^(n-1)} before
 * retry n, bounded by {@code cap}; {@code maxDuration} bounds all attempts together, counted from
 * the first attempt's start. As in Argo, a backoff without {@code duration} is an error.
 */
record Backoff(Duration duration, double factor, Duration maxDuration, Duration cap) {
  /** Argo's message when the attempts have taken longer than {@code maxDuration}. */
  static final String MAX_DURATION_EXCEEDED = "Max duration limit exceeded";

  /** Argo's message when waiting for the next attempt would pass {@code maxDuration}. */
  static final String WOULD_EXCEED_MAX_DURATION = "Backoff would exceed max duration limit";

  /** The backoff of a strategy, or null when it has none. */
  static Backoff of(RetryStrategy strategy, Map<String, String> vars) {
    RetryStrategy.Backoff b = strategy.backoff();
    if (b == null) return null;
    if (b.duration() == null || b.duration().isBlank())
      throw new IllegalArgumentException("no base duration specified for retryStrategy");
    return new Backoff(
        TemplateFields.duration("retryStrategy.backoff.duration", b.duration(), vars),
        b.factor() == null
            ? 0
            : TemplateFields.number("retryStrategy.backoff.factor", b.factor(), vars),
        b.maxDuration() == null
            ? null
            : TemplateFields.duration("retryStrategy.backoff.maxDuration", b.maxDuration(), vars),
        b.cap() == null
            ? null
            : TemplateFields.duration("retryStrategy.backoff.cap", b.cap(), vars));
  }

  /** The wait after {@code attempts} attempts, before the next one. */
  Duration delay(int attempts) {
    Duration wait = duration;
    if (factor > 0) {
      double nanos = duration.toNanos() * Math.pow(factor, attempts - 1);
      wait =
          nanos >= Long.MAX_VALUE
              ? Duration.ofNanos(Long.MAX_VALUE)
              : Duration.ofNanos((long) nanos);
    }
    return cap != null && wait.compareTo(cap) > 0 ? cap : wait;
  }

  /** When all attempts must have ended, or null without {@code maxDuration}. */
  Instant maxDeadline(Instant firstStarted) {
    return maxDuration == null ? null : firstStarted.plus(maxDuration);
  }

  /** The status message while waiting, e.g. "Backoff for 4 seconds", worded as Argo words it. */
  static String waiting(Duration wait) {
    return "Backoff for " + humanize(wait);
  }

  private static String humanize(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) return count(seconds, "second");
    if (seconds < 3600) return count(seconds / 60, "minute") + " " + (seconds % 60) + " seconds";
    if (seconds < 86400)
      return count(seconds / 3600, "hour") + " " + (seconds % 3600 / 60) + " minutes";
    return count(seconds / 86400, "day") + " " + (seconds % 86400 / 3600) + " hours";
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
