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
}
