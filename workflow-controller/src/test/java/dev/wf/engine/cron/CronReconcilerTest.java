package dev.wf.engine.cron;

import static dev.wf.engine.cron.Crons.finished;
import static dev.wf.engine.cron.Crons.running;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Condition;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.CronWorkflowStatus.ActiveWorkflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.cron.CronAction.DeleteWorkflow;
import dev.wf.engine.cron.CronAction.SubmitScheduled;
import dev.wf.engine.cron.CronAction.TerminateWorkflow;

class CronReconcilerTest {
  private static final Instant T0 = Crons.CREATED; // 2024-01-01T00:00:00Z
  private static final Instant SLOT1 = Instant.parse("2024-01-01T00:05:00Z");
  private static final Instant SLOT2 = Instant.parse("2024-01-01T00:10:00Z");

  private static CronWorkflowStatus checkedAt(Instant time) {
    return CronWorkflowStatus.EMPTY.withLastCheckedTime(time).withPhase(CronWorkflowStatus.ACTIVE);
  }

  private static CronWorkflowStatus runningOne(Instant slot, Instant checked) {
    return checkedAt(checked)
        .withLastScheduledTime(slot)
        .withActive(
            List.of(new ActiveWorkflow(CronWorkflows.childName("nightly", slot), "team-a", "u")));
  }

  private static List<CronAction> submits(Instant... slots) {
    return java.util.Arrays.stream(slots).<CronAction>map(SubmitScheduled::new).toList();
  }

  @Test
  void runsTheFirstSlotOnTime() {
    var d = CronReconciler.decide(Crons.schedule("*/5 * * * *").build(), List.of(), SLOT1);

    assertThat(d.actions()).isEqualTo(submits(SLOT1));
    assertThat(d.next().lastScheduledTime()).isEqualTo(SLOT1);
    assertThat(d.next().phase()).isEqualTo(CronWorkflowStatus.ACTIVE);
    assertThat(d.next().active())
        .containsExactly(new ActiveWorkflow("nightly-1704067500", "team-a", null));
    assertThat(d.wakeAt()).contains(SLOT2);
  }

  @Test
  void runsASlotWokenUpToSecondsLate() {
    var d =
        CronReconciler.decide(
            Crons.schedule("*/5 * * * *").build(), List.of(), SLOT1.plusSeconds(10));

    assertThat(d.actions()).isEqualTo(submits(SLOT1));
  }

  @Test
  void runsNothingBeforeTheFirstSlot() {
    var d =
        CronReconciler.decide(
            Crons.schedule("*/5 * * * *").build(), List.of(), T0.plusSeconds(200));

    assertThat(d.actions()).isEmpty();
    assertThat(d.next().lastCheckedTime()).isEqualTo(T0.plusSeconds(200));
    assertThat(d.wakeAt()).contains(SLOT1);
  }

  @Test
  void doesNotRunTheSameSlotTwice() {
    var cron = Crons.schedule("*/5 * * * *");
    var first = CronReconciler.decide(cron.build(), List.of(), SLOT1);
    var again = CronReconciler.decide(cron.build(first.next()), List.of(), SLOT1.plusSeconds(1));

    assertThat(again.actions()).isEmpty();
    assertThat(again.next().active()).hasSize(1);
  }

  @Test
  void allowStartsWhileOneIsActive() {
    var cron = Crons.schedule("*/5 * * * *").policy("Allow").build(runningOne(SLOT1, SLOT1));
    var d = CronReconciler.decide(cron, List.of(running(SLOT1)), SLOT2);

    assertThat(d.actions()).isEqualTo(submits(SLOT2));
    assertThat(d.next().active()).hasSize(2);
  }

  @Test
  void forbidSkipsWhileOneIsActive() {
    var cron = Crons.schedule("*/5 * * * *").policy("Forbid").build(runningOne(SLOT1, SLOT1));
    var d = CronReconciler.decide(cron, List.of(running(SLOT1)), SLOT2);

    assertThat(d.actions()).isEmpty();
    assertThat(d.next().lastScheduledTime()).isEqualTo(SLOT1);
    assertThat(d.next().lastCheckedTime()).isEqualTo(SLOT2);
  }

  @Test
  void forbidRunsOnceTheActiveOneCompleted() {
    var cron = Crons.schedule("*/5 * * * *").policy("Forbid").build(runningOne(SLOT1, SLOT1));
    var done = finished(SLOT1, WorkflowPhase.SUCCEEDED, SLOT1.plusSeconds(60));
    var d = CronReconciler.decide(cron, List.of(done), SLOT2);

    assertThat(d.actions()).isEqualTo(submits(SLOT2));
  }

  @Test
  void replaceTerminatesTheActiveOneThenSubmits() {
    var cron = Crons.schedule("*/5 * * * *").policy("Replace").build(runningOne(SLOT1, SLOT1));
    var d = CronReconciler.decide(cron, List.of(running(SLOT1)), SLOT2);

    assertThat(d.actions())
        .containsExactly(new TerminateWorkflow("nightly-1704067500"), new SubmitScheduled(SLOT2));
  }

  @Test
  void skipsASlotMissedDuringDowntimeWithoutADeadline() {
    var cron = Crons.schedule("*/5 * * * *").build(checkedAt(T0.plusSeconds(1)));
    var d = CronReconciler.decide(cron, List.of(), SLOT2.plusSeconds(120));

    assertThat(d.actions()).isEmpty();
    assertThat(d.next().lastCheckedTime()).isEqualTo(SLOT2.plusSeconds(120));
  }

  @Test
  void runsOnlyTheLatestMissedSlotWithinTheDeadline() {
    var cron = Crons.schedule("*/5 * * * *").deadline(300).build(checkedAt(T0.plusSeconds(1)));
    var d = CronReconciler.decide(cron, List.of(), SLOT2.plusSeconds(120));

    assertThat(d.actions()).isEqualTo(submits(SLOT2));
  }

  @Test
  void skipsAMissedSlotOlderThanTheDeadline() {
    var cron = Crons.schedule("*/5 * * * *").deadline(60).build(checkedAt(T0.plusSeconds(1)));
    var d = CronReconciler.decide(cron, List.of(), SLOT2.plusSeconds(120));

    assertThat(d.actions()).isEmpty();
  }

  @Test
  void suspendedSchedulesNothingAndKeepsItsLastCheck() {
    var cron = Crons.schedule("*/5 * * * *").suspend(true).build(checkedAt(T0));
    var d = CronReconciler.decide(cron, List.of(), SLOT1);

    assertThat(d.actions()).isEmpty();
    assertThat(d.next().lastCheckedTime()).isEqualTo(T0);
    assertThat(d.wakeAt()).isEmpty();
  }

  @Test
  void resumeWithinTheDeadlineRunsTheMissedSlot() {
    var cron = Crons.schedule("*/5 * * * *").deadline(120).build(checkedAt(T0));
    var d = CronReconciler.decide(cron, List.of(), SLOT1.plusSeconds(90));

    assertThat(d.actions()).isEqualTo(submits(SLOT1));
  }

  @Test
  void resumeOutsideTheDeadlineSkipsTheMissedSlot() {
    var cron = Crons.schedule("*/5 * * * *").deadline(60).build(checkedAt(T0));
    var d = CronReconciler.decide(cron, List.of(), SLOT1.plusSeconds(90));

    assertThat(d.actions()).isEmpty();
    assertThat(d.wakeAt()).contains(SLOT2);
  }

  @Test
  void severalSchedulesWakeAtTheEarliestAndRunEach() {
    var cron = Crons.schedule("0 * * * *", "30 0 * * *");
    var first = CronReconciler.decide(cron.build(), List.of(), T0.plusSeconds(60));
    assertThat(first.wakeAt()).contains(Instant.parse("2024-01-01T00:30:00Z"));

    var at = Instant.parse("2024-01-01T00:30:00Z");
    var second = CronReconciler.decide(cron.build(first.next()), List.of(), at);
    assertThat(second.actions()).isEqualTo(submits(at));
    assertThat(second.wakeAt()).contains(Instant.parse("2024-01-01T01:00:00Z"));
  }

  @Test
  void timezoneSkipsTheSlotTheClockJumpsOver() {
    var cron = Crons.schedule("30 2 * * *").timezone("America/Los_Angeles");
    var evening = Instant.parse("2020-03-08T08:00:00Z"); // 00:00 PST, the day of the change
    var d = CronReconciler.decide(cron.build(checkedAt(evening)), List.of(), evening);

    assertThat(d.wakeAt()).contains(Instant.parse("2020-03-09T09:30:00Z")); // 02:30 PDT next day
  }

  @Test
  void timezoneRunsTheRepeatedTimeTwice() {
    var cron = Crons.schedule("30 1 * * *").timezone("America/Los_Angeles");
    var pdt = Instant.parse("2020-11-01T08:30:00Z"); // 01:30 PDT
    var pst = Instant.parse("2020-11-01T09:30:00Z"); // 01:30 PST
    var first = CronReconciler.decide(cron.build(checkedAt(pdt.minusSeconds(60))), List.of(), pdt);
    assertThat(first.actions()).isEqualTo(submits(pdt));
    assertThat(first.wakeAt()).contains(pst);

    var second = CronReconciler.decide(cron.build(first.next()), List.of(), pst);
    assertThat(second.actions()).isEqualTo(submits(pst));
  }

  @Test
  void unsetTimezoneUsesTheGivenDefaultZone() {
    var cron = Crons.schedule("0 9 * * *").build(checkedAt(T0));
    var d = CronReconciler.decide(cron, List.of(), T0, ZoneId.of("Europe/Paris"));

    assertThat(d.wakeAt()).contains(Instant.parse("2024-01-01T08:00:00Z"));
  }

  @Test
  void keepsThreeSucceededAndOneFailedByDefault() {
    var children =
        List.of(
            finished(at(1), WorkflowPhase.SUCCEEDED, at(1)),
            finished(at(2), WorkflowPhase.SUCCEEDED, at(2)),
            finished(at(3), WorkflowPhase.FAILED, at(3)),
            finished(at(4), WorkflowPhase.SUCCEEDED, at(4)),
            finished(at(5), WorkflowPhase.ERROR, at(5)),
            finished(at(6), WorkflowPhase.SUCCEEDED, at(6)));
    var d = CronReconciler.decide(Crons.schedule("@yearly").build(), children, at(7));

    assertThat(d.actions())
        .containsExactlyInAnyOrder(
            new DeleteWorkflow(children.get(0).name()), new DeleteWorkflow(children.get(2).name()));
  }

  @Test
  void keepsTheConfiguredHistoryNewestFirst() {
    var children =
        List.of(
            finished(at(1), WorkflowPhase.SUCCEEDED, at(3)),
            finished(at(2), WorkflowPhase.SUCCEEDED, at(2)),
            finished(at(3), WorkflowPhase.FAILED, at(4)),
            finished(at(4), WorkflowPhase.FAILED, at(5)),
            running(at(5)));
    var cron = Crons.schedule("@yearly").history(1, 0).build();
    var d = CronReconciler.decide(cron, children, at(7));

    assertThat(d.actions())
        .containsExactlyInAnyOrder(
            new DeleteWorkflow(children.get(1).name()),
            new DeleteWorkflow(children.get(2).name()),
            new DeleteWorkflow(children.get(3).name()));
  }

  @Test
  void countsACompletedWorkflowOnceWhenItLeavesActive() {
    var status =
        runningOne(SLOT1, SLOT1)
            .withActive(
                List.of(
                    new ActiveWorkflow("nightly-1704067500", "team-a", "u1"),
                    new ActiveWorkflow("nightly-1704067800", "team-a", "u2"),
                    new ActiveWorkflow("gone", "team-a", "u3")));
    var children =
        List.of(
            finished(SLOT1, WorkflowPhase.SUCCEEDED, SLOT2),
            finished(SLOT2, WorkflowPhase.ERROR, SLOT2));
    var cron = Crons.schedule("@yearly").history(5, 5);
    var first = CronReconciler.decide(cron.build(status), children, SLOT2);
    var second = CronReconciler.decide(cron.build(first.next()), children, SLOT2.plusSeconds(5));

    assertThat(first.next().active()).isEmpty();
    assertThat(second.next().succeeded()).isEqualTo(1);
    assertThat(second.next().failed()).isEqualTo(1);
  }

  @Test
  void listsRunningChildrenAsActive() {
    var d =
        CronReconciler.decide(
            Crons.schedule("@yearly").build(checkedAt(T0)), List.of(running(SLOT1)), SLOT2);

    assertThat(d.next().active())
        .containsExactly(new ActiveWorkflow("nightly-1704067500", "team-a", "uid-1704067500"));
  }

  @Test
  void stopStrategyStopsSchedulingForGood() {
    var cron =
        Crons.schedule("*/5 * * * *")
            .stopWhen("cronworkflow.succeeded >= 1")
            .build(runningOne(SLOT1, SLOT1));
    var done = List.of(finished(SLOT1, WorkflowPhase.SUCCEEDED, SLOT1.plusSeconds(30)));
    var d = CronReconciler.decide(cron, done, SLOT2);

    assertThat(d.next().phase()).isEqualTo(CronWorkflowStatus.STOPPED);
    assertThat(d.actions()).isEmpty();
    assertThat(d.wakeAt()).isEmpty();
    assertThat(d.next().lastCheckedTime()).isEqualTo(SLOT1);
  }

  @Test
  void whenFalseSkipsTheSlot() {
    var cron = Crons.schedule("*/5 * * * *").when("{{= cronworkflow.name == 'other' }}").build();
    var d = CronReconciler.decide(cron, List.of(), SLOT1);

    assertThat(d.actions()).isEmpty();
    assertThat(d.next().lastCheckedTime()).isEqualTo(SLOT1);
  }

  @Test
  void whenUsesLastScheduledTimeAndNow() {
    var when =
        "{{= cronworkflow.lastScheduledTime == nil"
            + " || (now() - cronworkflow.lastScheduledTime).Seconds() > 360 }}";
    var cron = Crons.schedule("*/5 * * * *").when(when);
    var first = CronReconciler.decide(cron.build(), List.of(), SLOT1);
    var second = CronReconciler.decide(cron.build(first.next()), List.of(), SLOT2);
    var third =
        CronReconciler.decide(
            cron.build(second.next()), List.of(), Instant.parse("2024-01-01T00:15:00Z"));

    assertThat(first.actions()).isEqualTo(submits(SLOT1));
    assertThat(second.actions()).isEmpty();
    assertThat(third.actions()).hasSize(1);
  }

  @Test
  void whenThatFailsIsASpecErrorAndSkips() {
    var cron = Crons.schedule("*/5 * * * *").when("{{= cronworkflow.nothing > 1 }}").build();
    var d = CronReconciler.decide(cron, List.of(), SLOT1);

    assertThat(d.actions()).isEmpty();
    assertThat(d.next().conditions())
        .singleElement()
        .extracting(Condition::type)
        .isEqualTo(Condition.SPEC_ERROR);
  }

  @Test
  void badScheduleIsASpecErrorWithoutWake() {
    var d = CronReconciler.decide(Crons.schedule("61 * * * *").build(), List.of(), SLOT1);

    assertThat(d.actions()).isEmpty();
    assertThat(d.wakeAt()).isEmpty();
    assertThat(d.next().conditions().getFirst().message()).contains("minute field \"61\"");
  }

  @Test
  void everyRunsAtFixedIntervalsFromTheLastPass() {
    var cron = Crons.schedule("@every 90s");
    var first = CronReconciler.decide(cron.build(checkedAt(T0)), List.of(), T0);
    assertThat(first.wakeAt()).contains(T0.plusSeconds(90));

    var second = CronReconciler.decide(cron.build(first.next()), List.of(), T0.plusSeconds(90));
    assertThat(second.actions()).isEqualTo(submits(T0.plusSeconds(90)));
  }

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }
}
