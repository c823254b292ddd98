package dev.wf.api.expr;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Sprig's {@code date(layout, time)}: formats a given time (RFC 3339 text, such as {@code
 * workflow.creationTimestamp}, or Unix seconds) with a Go layout written against Go's reference
 * time {@code Mon Jan 2 15:04:05 MST 2006}. The time is always an argument: expressions never read
 * the clock.
 */
final class SprigDates {
  /** Go layout elements and their Java patterns, longest first so that "2006" wins over "2". */
  private static final String[][] ELEMENTS = {
    {"January", "MMMM"},
    {"Monday", "EEEE"},
    {"Z07:00", "XXX"},
    {"-07:00", "xxx"},
    {"-0700", "xx"},
    {"2006", "yyyy"},
    {".000", ".SSS"},
    {"Jan", "MMM"},
    {"Mon", "EEE"},
    {"MST", "z"},
    {"_2", "ppd"},
    {"01", "MM"},
    {"02", "dd"},
    {"03", "hh"},
    {"04", "mm"},
    {"05", "ss"},
    {"06", "yy"},
    {"15", "HH"},
    {"PM", "a"},
    {"1", "M"},
    {"2", "d"},
    {"3", "h"},
    {"4", "m"},
    {"5", "s"},
  };

  private SprigDates() {}

  static void register(Map<String, ExprFunction> f) {
    f.put("date", a -> format(a.expect(2, 2).text(0), time(a.get(1))));
  }

  static String format(String layout, OffsetDateTime time) {
    return DateTimeFormatter.ofPattern(javaPattern(layout), Locale.ROOT).format(time);
  }

  static String javaPattern(String layout) {
    var pattern = new StringBuilder();
    var literal = new StringBuilder();
    int i = 0;
    outer:
    while (i < layout.length()) {
      for (String[] element : ELEMENTS) {
        if (layout.startsWith(element[0], i)) {
          flush(literal, pattern);
          pattern.append(element[1]);
          i += element[0].length();
          continue outer;
        }
      }
      literal.append(layout.charAt(i++));
    }
    flush(literal, pattern);
    return pattern.toString();
  }

  private static void flush(StringBuilder literal, StringBuilder pattern) {
    if (literal.isEmpty()) return;
    pattern.append('\'').append(literal.toString().replace("'", "''")).append('\'');
    literal.setLength(0);
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof Number n)
      return Instant.ofEpochSecond(n.longValue()).atOffset(ZoneOffset.UTC);
    String text = String.valueOf(value);
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new EvaluationError("date: \"" + text + "\" is not an RFC 3339 time");
    }
  }
}
