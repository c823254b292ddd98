package dev.wf.cli.print;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.wf.api.spec.Condition;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.engine.cron.ScheduleTimes;

/**
 * How {@code wf cron} shows cron workflows: one described as {@code argo cron get} does, or a table
 * as {@code argo cron list}. The next run is computed from the schedules in the cron workflow's
 * timezone, or in {@code zone} (the machine's) when it has none.
 */
public final class CronPrinter {
  private static final String LABEL = "%-30s %s";
  private final Clock clock;
  private final ZoneId zone;

  public CronPrinter(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** The cron workflow's spec and what the scheduler did, line by line. */
  public String describe(CronWorkflow cron) {
    CronWorkflowSpec spec = cron.spec();
    CronWorkflowStatus status = cron.status();
    StringBuilder out = new StringBuilder();
    line(out, "Name:", cron.name());
    line(out, "Namespace:", cron.metadata().namespace());
    if (cron.metadata().creationTimestamp() != null) {
      line(out, "Created:", HumanTime.timestamp(cron.metadata().creationTimestamp(), clock));
    }
    line(out, "Schedules:", schedules(spec));
    if (spec.timezone() != null) line(out, "Timezone:", spec.timezone());
    line(out, "Suspended:", String.valueOf(Boolean.TRUE.equals(spec.suspend())));
    if (spec.startingDeadlineSeconds() != null) {
      line(out, "StartingDeadlineSeconds:", String.valueOf(spec.startingDeadlineSeconds()));
    }
    if (spec.concurrencyPolicy() != null) line(out, "ConcurrencyPolicy:", spec.concurrencyPolicy());
    if (status.lastScheduledTime() != null) {
      line(out, "LastScheduledTime:", HumanTime.timestamp(status.lastScheduledTime(), clock));
    }
    next(cron).ifPresent(at -> line(out, "NextScheduledTime:", HumanTime.timestamp(at, clock)));
    if (!status.active().isEmpty()) {
      line(
          out,
          "Active Workflows:",
          status.active().stream()
              .map(CronWorkflowStatus.ActiveWorkflow::name)
              .collect(Collectors.joining(", ")));
    }
    line(out, "Succeeded:", String.valueOf(status.succeeded()));
    line(out, "Failed:", String.valueOf(status.failed()));
    if (status.phase() != null) line(out, "Phase:", status.phase());
    conditions(out, status.conditions());
    return out.toString();
  }

  /** {@code NAME AGE LAST RUN NEXT RUN SCHEDULES SUSPENDED}, one row per cron workflow. */
  public String table(List<CronWorkflow> crons) {
    Table table = new Table(3).row("NAME", "AGE", "LAST RUN", "NEXT RUN", "SCHEDULES", "SUSPENDED");
    Instant now = clock.instant();
    for (CronWorkflow cron : crons) {
      Instant created = cron.metadata().creationTimestamp();
      Instant last = cron.status().lastScheduledTime();
      table.row(
          cron.name(),
          created == null ? "" : HumanTime.age(Duration.between(created, now)),
          last == null ? "N/A" : HumanTime.age(Duration.between(last, now)),
          next(cron).map(at -> HumanTime.age(Duration.between(now, at))).orElse("N/A"),
          schedules(cron.spec()),
          String.valueOf(Boolean.TRUE.equals(cron.spec().suspend())));
    }
    return table.render();
  }

  private Optional<Instant> next(CronWorkflow cron) {
    try {
      return ScheduleTimes.next(cron.spec(), zone, clock.instant());
    } catch (RuntimeException e) {
      // A schedule that cannot be read has no next run; `wf cron lint` says why.
      return Optional.empty();
    }
  }

  private static String schedules(CronWorkflowSpec spec) {
    return String.join(",", ScheduleTimes.expressions(spec));
  }

  private static void conditions(StringBuilder out, List<Condition> conditions) {
    if (conditions.isEmpty()) return;
    out.append("Conditions:\n");
    for (Condition condition : conditions) {
      line(out, "✖ " + condition.type(), condition.message());
    }
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(LABEL, label, value == null ? "" : value).stripTrailing())
        .append('\n');
  }
}
