package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.cron.CronController;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.engine.cron.MinuteRules;
import dev.wf.engine.cron.MutableClock;

/**
 * The scheduler loop in the local server (store, {@link LocalCronTarget}, real workflows and step
 * processes) driven by a hand-moved clock and scripted rules ({@link MinuteRules}: a run at every
 * whole minute).
 */
class CronSchedulingTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:30Z");
  private static final Duration WAIT = LocalHarness.TIMEOUT;

  @TempDir Path wfHome;
  private final MutableClock clock = new MutableClock(T0);
  private LocalHarness harness;
  private CronController crons;
  private CronService service;

  @BeforeEach
  void start() throws IOException {
    start(new MinuteRules());
  }

  void start(CronRules rules) throws IOException {
    harness = LocalHarness.start(wfHome, clock);
    var target = new LocalCronTarget(harness.store(), harness.service(), harness.controller());
    crons = new CronController(harness.store().cronWorkflows(), target, rules, clock);
    service =
        new CronService(
            harness.store().cronWorkflows(),
            harness.service(),
            LocalWorkflowService.lookupOf(harness.store()),
            rules,
            ZoneOffset.UTC,
            clock,
            crons::changed);
    crons.start();
  }

  @AfterEach
  void stop() {
    crons.close();
    harness.close();
  }

  static String cron(String name, String extra) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: CronWorkflow
        metadata:
          name: %s
        spec:
          schedules: ["* * * * *"]
        %s
          workflowSpec:
            entrypoint: main
            templates:
            - name: main
              container:
                image: alpine:3.20
                command: ["true"]
        """
        .formatted(name, extra.indent(2).stripTrailing());
  }

  private void create(String yaml) {
    var outcome = service.create("cron.yaml", yaml);
    assertThat(outcome.errors()).isEmpty();
  }

  private List<Workflow> children(String cron) {
    return harness.store().list().stream()
        .filter(wf -> cron.equals(wf.metadata().labels().get(CronWorkflows.CRON_LABEL)))
        .toList();
  }

  private CronWorkflow stored(String name) {
    return harness.store().cronWorkflows().get(name).orElseThrow();
  }

  /** Moves the clock and lets the scheduler see it, as its timer would. */
  private void moveTo(String time) {
    clock.set(Instant.parse(time));
    crons.checkDue();
  }

  @Test
  void startsNoWorkflowBeforeTheMinute() {
    create(cron("every", ""));
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isPresent());

    clock.set(Instant.parse("2026-03-01T10:00:59Z"));
    crons.changed("every");

    await()
        .atMost(WAIT)
        .until(() -> stored("every").status().lastCheckedTime(), t -> t.equals(clock.instant()));
    assertThat(children("every")).isEmpty();
  }

  @Test
  void startsTheWorkflowOnceTheClockPassesTheMinute() {
    create(cron("every", ""));
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isPresent());

    moveTo("2026-03-01T10:01:00Z");

    await().atMost(WAIT).until(() -> children("every").size() == 1);
    Workflow child = children("every").get(0);
    assertThat(child.name())
        .isEqualTo("every-" + Instant.parse("2026-03-01T10:01:00Z").getEpochSecond());
    assertThat(child.metadata().annotations())
        .containsEntry(CronWorkflows.SCHEDULED_TIME_ANNOTATION, "2026-03-01T10:01:00Z");
  }

  @Test
  void aCompletedRunCountsAsSucceededAndIsNoLongerActive() {
    create(cron("every", ""));
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isPresent());

    moveTo("2026-03-01T10:01:00Z");

    await()
        .atMost(WAIT)
        .until(() -> stored("every").status(), s -> s.succeeded() == 1 && s.active().isEmpty());
    assertThat(harness.awaitCompletion(children("every").get(0).name()).status().phase())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void deletingTheCronWorkflowDeletesItsRunsAsOnACluster() {
    create(cron("every", ""));
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isPresent());
    moveTo("2026-03-01T10:01:00Z");
    await().atMost(WAIT).until(() -> stored("every").status().succeeded() == 1);

    boolean deleted = service.delete("every");

    assertThat(deleted).isTrue();
    assertThat(harness.store().cronWorkflows().get("every")).isEmpty();
    assertThat(children("every")).isEmpty();
  }

  @Test
  void historyLimitDeletesTheOldestSucceededRun() {
    create(cron("every", "successfulJobsHistoryLimit: 1"));
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isPresent());
    moveTo("2026-03-01T10:01:00Z");
    await().atMost(WAIT).until(() -> stored("every").status().succeeded() == 1);

    moveTo("2026-03-01T10:02:00Z");

    String second = "every-" + Instant.parse("2026-03-01T10:02:00Z").getEpochSecond();
    await()
        .atMost(WAIT)
        .until(
            () -> children("every").stream().map(Workflow::name).toList(),
            n -> n.equals(List.of(second)));
  }

  @Test
  void aSuspendedCronStartsNothingUntilResumed() {
    create(cron("every", ""));
    service.suspend("every", true);
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isEmpty());

    moveTo("2026-03-01T10:01:00Z");
    assertThat(children("every")).isEmpty();
    service.suspend("every", false);

    await().atMost(WAIT).until(() -> children("every").size() == 1);
  }

  @Test
  void aRefusedSubmissionBecomesASubmissionErrorCondition() {
    harness.service().createTemplates("t.yaml", template(), false);
    create(
        cron("every", "")
            .replace("entrypoint: main", "workflowTemplateRef: {name: lib}")
            .replaceAll("(?s)    templates:.*", ""));
    harness.store().deleteTemplate(false, "lib");

    moveTo("2026-03-01T10:01:00Z");

    await().atMost(WAIT).until(() -> stored("every").status().conditions(), c -> !c.isEmpty());
    assertThat(stored("every").status().conditions().get(0).type()).isEqualTo("SubmissionError");
    assertThat(stored("every").status().conditions().get(0).message()).contains("lib");
    assertThat(children("every")).isEmpty();
  }

  @Test
  void aCronWorkflowSurvivesARestartAndKeepsScheduling() throws IOException {
    create(cron("every", ""));
    await().atMost(WAIT).until(() -> crons.wakeAt("every").isPresent());
    stop();
    clock.set(Instant.parse("2026-03-01T10:01:10Z"));

    start(new MinuteRules());

    await().atMost(WAIT).until(() -> children("every").size() == 1);
    assertThat(stored("every").spec().schedules()).containsExactly("* * * * *");
  }

  private static String template() {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTemplate
        metadata:
          name: lib
        spec:
          entrypoint: main
          templates:
          - name: main
            container:
              image: alpine:3.20
              command: ["true"]
        """;
  }

  @Test
  void createStoresTheCronWorkflowsOfAFileAndSkipsOtherKinds() {
    String template =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTemplate
        metadata:
          name: job
        spec:
          templates:
          - name: main
            container: {image: alpine:3.20, command: ["true"]}
        ---
        """;

    var outcome = service.create("mixed.yaml", template + cron("mixed", ""));

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.crons()).extracting(CronWorkflow::name).containsExactly("mixed");
    assertThat(harness.store().listTemplates(false)).isEmpty();
  }

  @Test
  void createRefusesAFileWithoutCronWorkflows() {
    String workflow =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: once-
        spec:
          entrypoint: main
          templates:
          - name: main
            container: {image: alpine:3.20, command: ["true"]}
        """;

    var outcome = service.create("none.yaml", workflow);

    assertThat(outcome.crons()).isEmpty();
    assertThat(outcome.errors())
        .extracting(e -> e.render())
        .containsExactly("none.yaml:1:1: kind: no CronWorkflow in the file");
  }
}
