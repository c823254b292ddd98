package dev.wf.api.cron;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One cron schedule as Argo (robfig/cron) reads it: five fields (minute, hour, day of month, month,
 * day of week; names like {@code JAN} and {@code MON}, {@code *}, ranges, lists, steps), the macros
 * {@code @yearly @annually @monthly @weekly @daily @midnight @hourly}, and {@code @every DURATION}.
 */
public interface CronSchedule {
  /**
   * Parses an expression; a bad one throws {@link CronSyntaxException} with the 0-based offset of
   * the offending token in {@code expression}.
   */
  static CronSchedule parse(String expression) {
    return CronParser.parse(expression);
  }

  /**
   * The first schedule time strictly after {@code after}, in {@code after}'s zone, with daylight
   * saving as Argo's docs say: local times the clock skips do not run, local times it repeats run
   * twice. Empty if none exists (for example {@code 0 0 30 2 *}).
   */
  Optional<ZonedDateTime> next(ZonedDateTime after);

  /** The expression as written. */
  String expression();
}
