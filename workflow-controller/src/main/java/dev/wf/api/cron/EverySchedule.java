package dev.wf.api.cron;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** {@code @every DURATION}: runs at a fixed interval after the time it is asked about. */
record EverySchedule(String expression, Duration interval) implements CronSchedule {
  @Override
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    return Optional.of(after.truncatedTo(ChronoUnit.SECONDS).plus(interval));
  }

  /** Counted from {@code after} in whole intervals, without stepping through each one. */
  @Override
  public Optional<ZonedDateTime> due(ZonedDateTime after, ZonedDateTime upTo, Duration window) {
    ZonedDateTime first = next(after).orElseThrow();
    if (first.isAfter(upTo)) return Optional.empty();
    long intervals = Duration.between(first, upTo).dividedBy(interval);
    ZonedDateTime latest = first.plus(interval.multipliedBy(intervals));
    return Duration.between(latest, upTo).compareTo(window) <= 0
        ? Optional.of(latest)
        : Optional.empty();
  }
}
