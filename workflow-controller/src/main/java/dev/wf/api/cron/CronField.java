package dev.wf.api.cron;

import java.util.List;
import java.util.Locale;

/**
 * One of the five fields of a cron expression, with its range and names, and how a field's text
 * ({@code *}, {@code 1-5}, {@code *}{@code /15}, {@code MON,WED}) becomes the set of values it
 * allows.
 */
enum CronField {
  MINUTE("minute", 0, 59, List.of()),
  HOUR("hour", 0, 23, List.of()),
  DAY_OF_MONTH("day of month", 1, 31, List.of()),
  MONTH(
      "month",
      1,
      12,
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
  DAY_OF_WEEK("day of week", 0, 7, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat"));

  private final String label;
  private final int min;
  private final int max;
  private final List<String> names;

  CronField(String label, int min, int max, List<String> names) {
    this.label = label;
    this.min = min;
    this.max = max;
    this.names = names;
  }

  /**
   * The values {@code text} allows, as bits; {@code offset} is where the field starts in the
   * expression, so that errors point at the offending part.
   */
  FieldValues parse(String text, int offset) {
    long bits = 0;
    boolean star = false;
    int at = 0;
    for (String part : text.split(",", -1)) {
      var values = part(text, part, offset + at);
      bits |= values.bits();
      star |= values.star();
      at += part.length() + 1;
    }
    if (this == DAY_OF_WEEK && (bits & (1L << 7)) != 0) bits = (bits | 1L) & ~(1L << 7);
    return new FieldValues(bits, star);
  }

  private FieldValues part(String field, String part, int offset) {
    if (part.isEmpty()) throw error(field, "empty list element", offset);
    int slash = part.indexOf('/');
    String range = slash < 0 ? part : part.substring(0, slash);
    int step = slash < 0 ? 1 : step(field, part.substring(slash + 1), offset + slash + 1);
    boolean star = range.equals("*") || range.equals("?");
    if (range.equals("?") && this != DAY_OF_MONTH && this != DAY_OF_WEEK) {
      throw error(field, "\"?\" is only allowed in day of month and day of week", offset);
    }
    int from;
    int to;
    int dash = range.indexOf('-');
    if (star) {
      from = min;
      to = max;
    } else if (dash < 0) {
      from = value(field, range, offset);
      to = slash < 0 ? from : max;
    } else {
      from = value(field, range.substring(0, dash), offset);
      to = value(field, range.substring(dash + 1), offset + dash + 1);
      if (from > to) {
        throw error(field, "range start " + from + " is after its end " + to, offset);
      }
    }
    long bits = 0;
    for (int v = from; v <= to; v += step) bits |= 1L << v;
    return new FieldValues(bits, star);
  }

  private int step(String field, String text, int offset) {
    if (!text.matches("\\d{1,9}") || Integer.parseInt(text) == 0) {
      throw error(field, "step \"" + text + "\" must be a positive number", offset);
    }
    return Integer.parseInt(text);
  }

  private int value(String field, String text, int offset) {
    int named = names.indexOf(text.toLowerCase(Locale.ROOT));
    if (named >= 0) return named + min;
    if (!text.matches("\\d{1,9}")) {
      throw error(field, "\"" + text + "\" is not a number" + allowedNames(), offset);
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      String what = text.equals(field) ? "" : value + " is ";
      throw error(field, what + "out of range " + min + "-" + max, offset);
    }
    return value;
  }

  private String allowedNames() {
    if (names.isEmpty()) return "";
    String first = names.getFirst().toUpperCase(Locale.ROOT);
    String last = names.getLast().toUpperCase(Locale.ROOT);
    return " or a name " + first + "-" + last;
  }

  private CronSyntaxException error(String field, String what, int offset) {
    return new CronSyntaxException(label + " field \"" + field + "\": " + what, offset);
  }

  /**
   * The allowed values of a field as bits, and whether it was written as {@code *} or {@code ?}.
   */
  record FieldValues(long bits, boolean star) {
    boolean has(int value) {
      return (bits & (1L << value)) != 0;
    }
  }
}
