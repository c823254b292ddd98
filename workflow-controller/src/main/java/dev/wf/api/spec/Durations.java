package dev.wf.api.spec;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Argo durations: plain seconds ({@code "30"}) or Go durations ({@code "1h2m3s"}, {@code
 * "500ms"}).
 */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h|d)");

  private Durations() {}

  public static Duration parse(String text) {
    String t = text.trim();
    if (t.matches("\\d+")) return Duration.ofSeconds(Long.parseLong(t));
    Matcher m = PART.matcher(t);
    int at = 0;
    double nanos = 0;
    while (m.find() && m.start() == at) {
      nanos += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
      at = m.end();
    }
    if (at != t.length() || at == 0) {
      throw new IllegalArgumentException(
          "invalid duration \"" + text + "\" (use seconds, or e.g. 90s, 2m, 1h30m)");
    }
    return Duration.ofNanos((long) nanos);
  }

  private static double unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1;
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      case "h" -> 3600e9;
      default -> 86400e9;
    };
  }
}
