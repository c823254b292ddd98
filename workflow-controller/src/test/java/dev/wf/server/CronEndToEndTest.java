package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Workflow;
import dev.wf.engine.cron.CronBackfill;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.engine.cron.MutableClock;

/**
 * The local scheduler with the real rules ({@link CronRules#standard}): runs, restarts and missed
 * slots, backfill and {@code --from cronwf/NAME}, against real workflows.
 */
class CronEndToEndTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:30Z");
  private static final Duration WAIT = LocalHarness.TIMEOUT;

  @TempDir Path wfHome;
  private final MutableClock clock = new MutableClock(T0);
  private CronHarness cron;

  @AfterEach
  void stop() {
    if (cron != null) cron.close();
  }

  private void start() throws IOException {
    cron = CronHarness.start(wfHome, clock, CronRules.standard(ZoneOffset.UTC));
  }

  private void moveTo(String time) {
    clock.set(Instant.parse(time));
    cron.crons.checkDue();
  }

  @Test
  void aScheduledRunCarriesTheCronLabelAndTimeAndIsCountedWhenItSucceeds() throws IOException {
    start();
    cron.create(CronHarness.cron("every", "* * * * *", ""));
    await().atMost(WAIT).until(() -> cron.crons.wakeAt("every").isPresent());

    moveTo("2026-03-01T10:01:00Z");

    await().atMost(WAIT).until(() -> cron.stored("every").status().succeeded() == 1);
    Workflow child = cron.children("every").get(0);
    assertThat(child.metadata().labels()).containsEntry(CronWorkflows.CRON_LABEL, "every");
    assertThat(child.metadata().annotations())
        .containsEntry(CronWorkflows.SCHEDULED_TIME_ANNOTATION, "2026-03-01T10:01:00Z");
    assertThat(cron.stored("every").status().active()).isEmpty();
  }

  @Test
  void aSlotMissedWhileDownRunsWithinStartingDeadlineSeconds() throws IOException {
    start();
    cron.create(CronHarness.cron("every", "* * * * *", "startingDeadlineSeconds: 60"));
    await().atMost(WAIT).until(() -> cron.crons.wakeAt("every").isPresent());
    cron.close();
    clock.set(Instant.parse("2026-03-01T10:01:30Z"));

    start();

    await().atMost(WAIT).until(() -> cron.children("every").size() == 1);
  }

  @Test
  void aSlotMissedWhileDownIsSkippedWithoutStartingDeadlineSeconds() throws IOException {
    start();
    cron.create(CronHarness.cron("every", "* * * * *", ""));
    await().atMost(WAIT).until(() -> cron.crons.wakeAt("every").isPresent());
    cron.close();
    clock.set(Instant.parse("2026-03-01T10:01:30Z"));

    start();

    await()
        .atMost(WAIT)
        .until(
            () -> cron.stored("every").status().lastCheckedTime(),
            t -> t != null && t.equals(clock.instant()));
    assertThat(cron.children("every")).isEmpty();
    assertThat(cron.crons.wakeAt("every")).contains(Instant.parse("2026-03-01T10:02:00Z"));
  }

  @Test
  void backfillCreatesOneWorkflowPerScheduleTime() throws IOException {
    start();
    cron.create(CronHarness.cron("daily", "0 6 * * *", ""));
    var options =
        new CronBackfill.Options(
            "b1",
            Instant.parse("2026-02-01T00:00:00Z"),
            Instant.parse("2026-02-03T12:00:00Z"),
            false,
            "cronScheduleTime",
            "RFC3339",
            1000);

    var created = cron.service.backfill("daily", options).orElseThrow();

    assertThat(created)
        .extracting(Workflow::name)
        .containsExactly(
            "daily-backfill-b1-" + Instant.parse("2026-02-01T06:00:00Z").getEpochSecond(),
            "daily-backfill-b1-" + Instant.parse("2026-02-02T06:00:00Z").getEpochSecond(),
            "daily-backfill-b1-" + Instant.parse("2026-02-03T06:00:00Z").getEpochSecond());
    Workflow first = created.get(0);
    assertThat(first.metadata().labels())
        .containsEntry(CronBackfill.BACKFILL_LABEL, "daily")
        .doesNotContainKey(CronWorkflows.CRON_LABEL);
    assertThat(first.spec().arguments().parameters())
        .anySatisfy(p -> assertThat(p.value()).isEqualTo("2026-02-01T06:00:00Z"));
    assertThat(first.spec().priority()).isEqualTo(3);
    assertThat(first.spec().synchronization().mutexes().get(0).name())
        .isEqualTo("daily-backfill-b1");
    created.forEach(wf -> cron.local.awaitCompletion(wf.name()));
  }

  @Test
  void submitFromCronwfRunsTheCronWorkflowsSpecNow() throws IOException {
    start();
    cron.create(CronHarness.cron("every", "0 6 * * *", ""));

    var outcome =
        cron.local
            .service()
            .submit(
                new WorkflowService.SubmitRequest(
                    null, null, "cronworkflow/every", null, null, null, null, false));

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.workflow().name()).startsWith("every-");
    assertThat(outcome.workflow().metadata().labels())
        .containsEntry(CronWorkflows.CRON_LABEL, "every");
  }
}
