package dev.wf.api.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.wf.api.cron.CronField.FieldValues;

/**
 * A five-field schedule. Matching local times are found field by field (a month, a day, an hour at
 * a time), so even a yearly schedule is found in a few hundred steps; a schedule that matches
 * nothing within {@value #YEARS} years is taken as impossible. A local time the clock skips has no
 * instant and does not run; one it repeats has two and runs at both.
 */
record FieldSchedule(
    String expression,
    FieldValues minutes,
    FieldValues hours,
    FieldValues daysOfMonth,
    FieldValues months,
    FieldValues daysOfWeek)
    implements CronSchedule {
  static final int YEARS = 5;

  /** Local times further back than any daylight-saving shift, so repeated hours are seen. */
  private static final long LOOK_BACK_HOURS = 3;

  @Override
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    var zone = after.getZone();
    var rules = zone.getRules();
    Instant limit = after.toInstant();
    LocalDateTime local =
        after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).minusHours(LOOK_BACK_HOURS);
    LocalDateTime end = after.toLocalDateTime().plusYears(YEARS);
    Instant best = null;
    LocalDateTime stop = end;
    while ((local = match(local, stop)) != null) {
      for (ZoneOffset offset : rules.getValidOffsets(local)) {
        Instant candidate = local.toInstant(offset);
        if (candidate.isAfter(limit) && (best == null || candidate.isBefore(best))) {
          best = candidate;
          stop = local.plusHours(LOOK_BACK_HOURS);
        }
      }
      local = local.plusMinutes(1);
    }
    return Optional.ofNullable(best).map(instant -> instant.atZone(zone));
  }

  /**
   * The first matching local minute at or after {@code from}, or null if none before {@code end}.
   */
  private LocalDateTime match(LocalDateTime from, LocalDateTime end) {
    LocalDateTime t = from;
    while (!t.isAfter(end)) {
      if (!months.has(t.getMonthValue())) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if (!hours.has(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.has(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return t;
      }
    }
    return null;
  }

  /** robfig's rule: when both day fields are restricted, a day matching either one runs. */
  private boolean dayMatches(LocalDateTime t) {
    boolean dom = daysOfMonth.has(t.getDayOfMonth());
    boolean dow = daysOfWeek.has(t.getDayOfWeek().getValue() % 7);
    if (daysOfMonth.star() || daysOfWeek.star()) return dom && dow;
    return dom || dow;
  }
}
