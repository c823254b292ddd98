package dev.wf.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * {@code workflow.creationTimestamp} and its variants, as Argo names them: one per strftime
 * character ({@code .Y}, {@code .m}, {@code .d}, ...), {@code .s} (Unix seconds) and {@code
 * .RFC3339}, all in UTC.
 */
final class CreationTimestamps {
  private static final String PREFIX = "workflow.creationTimestamp";

  /** The strftime characters Argo supports, each with the Java pattern it stands for. */
  private static final Map<Character, String> PATTERNS =
      Map.ofEntries(
          Map.entry('B', "MMMM"),
          Map.entry('b', "MMM"),
          Map.entry('m', "MM"),
          Map.entry('A', "EEEE"),
          Map.entry('a', "EEE"),
          Map.entry('d', "dd"),
          Map.entry('H', "HH"),
          Map.entry('I', "hh"),
          Map.entry('M', "mm"),
          Map.entry('S', "ss"),
          Map.entry('Y', "yyyy"),
          Map.entry('y', "yy"),
          Map.entry('p', "a"),
          Map.entry('Z', "zzz"),
          Map.entry('z', "xx"),
          Map.entry('L', "'.'SSS"));

  private CreationTimestamps() {}

  static void add(Map<String, String> vars, Instant created) {
    var utc = created.atZone(ZoneOffset.UTC);
    String rfc3339 =
        DateTimeFormatter.ISO_INSTANT.format(
            created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    vars.put(PREFIX, rfc3339);
    vars.put(PREFIX + ".RFC3339", rfc3339);
    vars.put(PREFIX + ".s", Long.toString(created.getEpochSecond()));
    PATTERNS.forEach(
        (c, pattern) ->
            vars.put(
                PREFIX + "." + c,
                DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(utc)));
  }
}
