package dev.wf.engine.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.cron.CronSchedule;
import dev.wf.api.spec.CronWorkflowSpec;

/**
 * The schedule times of a cron workflow (all its schedules, in its timezone or a default one): the
 * next one, for {@code wf cron list} and {@code get}, and those in a period, for backfill.
 */
public final class ScheduleTimes {
  private ScheduleTimes() {}

  /** The first schedule time strictly after {@code after}; empty if there is none. */
  public static Optional<Instant> next(CronWorkflowSpec spec, ZoneId defaultZone, Instant after) {
    ZonedDateTime from = after.atZone(zone(spec, defaultZone));
    Optional<Instant> first = Optional.empty();
    for (CronSchedule schedule : schedules(spec)) {
      Optional<Instant> next = schedule.next(from).map(ZonedDateTime::toInstant);
      if (next.isPresent() && (first.isEmpty() || next.get().isBefore(first.get()))) first = next;
    }
    return first;
  }

  /**
   * The schedule times after {@code start} up to and including {@code end}, in order, at most
   * {@code max} of them.
   */
  public static List<Instant> between(
      CronWorkflowSpec spec, ZoneId defaultZone, Instant start, Instant end, int max) {
    List<Instant> times = new ArrayList<>();
    Instant at = start;
    while (times.size() < max) {
      Optional<Instant> next = next(spec, defaultZone, at);
      if (next.isEmpty() || next.get().isAfter(end)) break;
      times.add(next.get());
      at = next.get();
    }
    return List.copyOf(times);
  }

  /** Every schedule of the spec ({@code schedules} and the older single {@code schedule}). */
  public static List<String> expressions(CronWorkflowSpec spec) {
    List<String> all = new ArrayList<>();
    if (spec.schedule() != null && !spec.schedule().isBlank()) all.add(spec.schedule());
    spec.schedules().stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
    return List.copyOf(all);
  }

  private static List<CronSchedule> schedules(CronWorkflowSpec spec) {
    return expressions(spec).stream().map(CronSchedule::parse).toList();
  }

  private static ZoneId zone(CronWorkflowSpec spec, ZoneId defaultZone) {
    String timezone = spec.timezone();
    return timezone == null || timezone.isBlank() ? defaultZone : ZoneId.of(timezone);
  }
}
