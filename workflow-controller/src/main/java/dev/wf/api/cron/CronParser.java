package dev.wf.api.cron;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.wf.api.parse.Suggestions;

/** Reads a cron expression: a macro, {@code @every DURATION}, or five fields. */
final class CronParser {
  private static final String EVERY = "@every";
  private static final Map<String, String> MACROS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");
  private static final List<String> MACRO_ORDER =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");

  private CronParser() {}

  static CronSchedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new CronSyntaxException(
          "empty schedule: expected 5 fields or a macro such as @daily", 0);
    }
    List<Word> words = words(expression);
    Word first = words.getFirst();
    if (first.text().equals(EVERY)) return every(expression, words);
    if (first.text().startsWith("@")) return macro(expression, words);
    return fields(expression, expression, words);
  }

  private static CronSchedule every(String expression, List<Word> words) {
    if (words.size() != 2) {
      int at = words.size() < 2 ? expression.length() : words.get(2).offset();
      throw new CronSyntaxException("@every takes one duration, e.g. @every 5m", at);
    }
    Word word = words.get(1);
    Duration interval = GoDuration.parse(word.text(), word.offset());
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new CronSyntaxException(
          "@every: duration \"" + word.text() + "\" is shorter than 1s", word.offset());
    }
    return new EverySchedule(expression, interval);
  }

  private static CronSchedule macro(String expression, List<Word> words) {
    Word word = words.getFirst();
    String fields = MACROS.get(word.text());
    if (fields == null) {
      var known = new ArrayList<>(MACRO_ORDER);
      known.add(EVERY);
      String hint =
          Suggestions.closest(word.text(), known)
              .map(s -> "; did you mean \"" + s + "\"?")
              .orElse(" (known: " + String.join(", ", known) + ")");
      throw new CronSyntaxException("unknown macro \"" + word.text() + "\"" + hint, word.offset());
    }
    if (words.size() > 1) {
      throw new CronSyntaxException(
          word.text() + " takes no fields, found \"" + words.get(1).text() + "\"",
          words.get(1).offset());
    }
    return fields(expression, fields, words(fields).stream().map(w -> w.at(0)).toList());
  }

  private static CronSchedule fields(String expression, String text, List<Word> words) {
    if (words.size() != 5) {
      int at = words.size() > 5 ? words.get(5).offset() : text.length();
      throw new CronSyntaxException(
          "expected 5 fields, found "
              + words.size()
              + " (minute hour day-of-month month day-of-week)",
          at);
    }
    var fields = CronField.values();
    var values = new ArrayList<CronField.FieldValues>();
    for (int i = 0; i < 5; i++) {
      values.add(fields[i].parse(words.get(i).text(), words.get(i).offset()));
    }
    return new FieldSchedule(
        expression, values.get(0), values.get(1), values.get(2), values.get(3), values.get(4));
  }

  private static List<Word> words(String text) {
    var words = new ArrayList<Word>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
      words.add(new Word(text.substring(start, i), start));
    }
    return words;
  }

  /** A whitespace-separated part of the expression and where it starts. */
  private record Word(String text, int offset) {
    Word at(int newOffset) {
      return new Word(text, newOffset);
    }
  }
}
