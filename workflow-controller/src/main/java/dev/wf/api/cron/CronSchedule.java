package dev.wf.api.cron;

import java.time.Duration;
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

  /**
   * The latest schedule time in {@code (after, upTo]}, if it is no older than {@code window} before
   * {@code upTo}; empty when none is due or the latest due one is older (a slot missed for longer
   * than the window is not run). Times are counted from {@code after} for {@code @every}.
   */
  default Optional<ZonedDateTime> due(ZonedDateTime after, ZonedDateTime upTo, Duration window) {
    ZonedDateTime oldest = upTo.minus(window).minusNanos(1);
    ZonedDateTime at = after.isAfter(oldest) ? after : oldest;
    ZonedDateTime latest = null;
    for (var next = next(at); next.isPresent() && !next.get().isAfter(upTo); next = next(at)) {
      latest = next.get();
      at = latest;
    }
    return Optional.ofNullable(latest).filter(t -> t.isAfter(after));
  }

  /** The expression as written. */
  String expression();
}
