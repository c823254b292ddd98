package dev.wf.api.cron;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's duration syntax as {@code @every} takes it: {@code 90s}, {@code 5m}, {@code 1h30m}. */
final class GoDuration {
  private static final Pattern PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  private GoDuration() {}

  /** Parses {@code text}; {@code offset} is where it starts in the expression, for errors. */
  static Duration parse(String text, int offset) {
    Matcher m = PART.matcher(text);
    int at = 0;
    BigDecimal nanos = BigDecimal.ZERO;
    while (at < text.length() && m.find(at) && m.start() == at) {
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit(m.group(2)))));
      at = m.end();
    }
    if (text.isEmpty() || at != text.length()) {
      throw new CronSyntaxException(
          "@every: invalid duration \"" + text + "\" (expected e.g. 90s, 5m, 1h30m)", offset + at);
    }
    return Duration.ofNanos(nanos.longValue());
  }

  private static long unit(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "µs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    };
  }
}
