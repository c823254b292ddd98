package dev.wf.engine.cron;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.cron.CronSchedule;
import dev.wf.api.spec.CronWorkflowSpec;

/**
 * The schedule times that matter to one scheduler pass: the latest one due since the last pass (if
 * recent enough to run), and the next one after now, over every schedule of a cron workflow.
 */
record CronSlots(Optional<Instant> due, Optional<Instant> wake) {
  /** A slot this close to now is on time, whatever {@code startingDeadlineSeconds} says. */
  static final Duration ON_TIME = Duration.ofSeconds(10);

  /**
   * The slots for a pass at {@code now} that last looked at {@code since}; a schedule that does not
   * parse throws {@link dev.wf.api.cron.CronSyntaxException}.
   */
  static CronSlots of(CronWorkflowSpec spec, ZoneId zone, Instant since, Instant now) {
    var window = window(spec.startingDeadlineSeconds());
    ZonedDateTime after = since.atZone(zone);
    ZonedDateTime at = now.atZone(zone);
    Instant due = null;
    Instant wake = null;
    for (CronSchedule schedule : schedules(spec)) {
      var slot = schedule.due(after, at, window).map(ZonedDateTime::toInstant);
      if (slot.isPresent() && (due == null || slot.get().isAfter(due))) due = slot.get();
      var next = schedule.next(at).map(ZonedDateTime::toInstant);
      if (next.isPresent() && (wake == null || next.get().isBefore(wake))) wake = next.get();
    }
    return new CronSlots(Optional.ofNullable(due), Optional.ofNullable(wake));
  }

  private static Duration window(Integer startingDeadlineSeconds) {
    if (startingDeadlineSeconds == null) return ON_TIME;
    var deadline = Duration.ofSeconds(startingDeadlineSeconds);
    return deadline.compareTo(ON_TIME) > 0 ? deadline : ON_TIME;
  }

  private static List<CronSchedule> schedules(CronWorkflowSpec spec) {
    var schedules = new ArrayList<CronSchedule>();
    if (spec.schedule() != null && !spec.schedule().isBlank()) {
      schedules.add(CronSchedule.parse(spec.schedule()));
    }
    for (String expression : spec.schedules()) schedules.add(CronSchedule.parse(expression));
    return schedules;
  }
}
