package dev.wf.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.cli.CliRun;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.engine.cron.MutableClock;

/**
 * Cron workflows on a cluster: {@code wf --kube cron} writes CronWorkflow resources, the
 * controller's scheduler (on a clock the test moves) starts their workflows as the cluster's
 * controller admits {@code kubectl create}d ones, the kubelet runs them, and the cron workflow's
 * status follows.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesCronIT {
  private static final String CRON = "every-minute";

  static KubernetesClient client;
  static KubernetesMockServer server;

  @TempDir Path dir;
  private MutableClock clock;
  private Instant start;
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    // Past the cron's creation (the mock server's time), half a minute before a schedule time.
    start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofSeconds(150));
    clock = new MutableClock(start);
    cluster = MockCluster.start(client, server, dir, clock);
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void startsTheScheduledWorkflowOnceTheClockPassesItsMinuteAndRecordsItsSuccess() {
    createCron();
    Instant slot = start.plusSeconds(30);
    String child = CronWorkflows.childName(CRON, slot);

    moveClockTo(slot.plusSeconds(5));

    assertThat(cluster.awaitPhase(child, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED).phase())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
    CronWorkflowStatus status =
        await()
            .atMost(MockCluster.TIMEOUT)
            .until(() -> cron().getStatus(), s -> s != null && s.succeeded() == 1);
    assertThat(status.lastScheduledTime()).isEqualTo(slot);
    assertThat(status.active()).isEmpty();
    assertThat(cluster.kubelet().failures()).isEmpty();
  }

  @Test
  void theScheduledWorkflowIsOwnedByItsCronWorkflow() {
    createCron();
    String child = CronWorkflows.childName(CRON, start.plusSeconds(30));

    moveClockTo(start.plusSeconds(35));

    WorkflowResource workflow =
        await().atMost(MockCluster.TIMEOUT).until(() -> cluster.workflow(child), w -> w != null);
    OwnerReference owner = workflow.getMetadata().getOwnerReferences().getFirst();
    assertThat(owner.getKind()).isEqualTo("CronWorkflow");
    assertThat(owner.getName()).isEqualTo(CRON);
    assertThat(owner.getUid()).isEqualTo(cron().getMetadata().getUid());
    assertThat(workflow.getMetadata().getLabels()).containsEntry(CronWorkflows.CRON_LABEL, CRON);
  }

  @Test
  void listShowsTheCronWorkflowWithItsSchedule() {
    createCron();

    CliRun list = cluster.wf("cron", "list");

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("NAME").contains(CRON).contains("* * * * *");
  }

  @Test
  void aSuspendedCronWorkflowStartsNothing() {
    createCron();
    CliRun suspend = cluster.wf("cron", "suspend", CRON);
    assertThat(suspend.exitCode()).as(suspend.err()).isZero();
    await()
        .atMost(MockCluster.TIMEOUT)
        .until(() -> Boolean.TRUE.equals(cron().getSpec().suspend()));
    await().atMost(MockCluster.TIMEOUT).until(() -> cluster.crons().wakeAt(CRON).isEmpty());

    clock.set(start.plusSeconds(35));
    cluster.crons().changed(CRON);

    await()
        .during(Duration.ofSeconds(2))
        .atMost(MockCluster.TIMEOUT)
        .until(
            () -> cluster.client().resources(WorkflowResource.class).list().getItems().isEmpty());
  }

  @Test
  void submitFromTheCronWorkflowRunsItsWorkflowNow() {
    createCron();

    CliRun submit = cluster.wf("submit", "--wait", "-o", "name", "--from", "cronwf/" + CRON);

    assertThat(submit.exitCode()).as(submit.err()).isZero();
    String name = submit.out().strip();
    assertThat(name).startsWith(CRON + "-");
    assertThat(cluster.workflow(name).getStatus().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void backfillCreatesWorkflowsTheControllerRuns() {
    createCron();
    Instant from = Instant.parse("2026-01-02T10:00:00Z");

    CliRun backfill =
        cluster.wf(
            "cron",
            "backfill",
            CRON,
            "--name",
            "b1",
            "--format",
            "RFC3339",
            "--start",
            from.toString(),
            "--end",
            from.plusSeconds(60).toString());

    assertThat(backfill.exitCode()).as(backfill.err()).isZero();
    List<String> names =
        backfill.out().lines().filter(line -> line.startsWith(CRON + "-")).toList();
    assertThat(names).isNotEmpty();
    names.forEach(
        name ->
            assertThat(cluster.awaitPhase(name, WorkflowPhase.SUCCEEDED, WorkflowPhase.FAILED))
                .extracting(s -> s.phase())
                .isEqualTo(WorkflowPhase.SUCCEEDED));
  }

  @Test
  void deleteRemovesTheCronWorkflow() {
    createCron();

    CliRun delete = cluster.wf("cron", "delete", CRON);

    assertThat(delete.exitCode()).as(delete.err()).isZero();
    assertThat(cron()).isNull();
  }

  private void createCron() {
    CliRun create = cluster.wf("cron", "create", cluster.fixture("cron-every-minute.yaml"));
    assertThat(create.exitCode()).as(create.err()).isZero();
    // The scheduler's first pass has looked at the cron workflow by the controller's clock.
    await()
        .atMost(MockCluster.TIMEOUT)
        .until(() -> cron().getStatus(), s -> s != null && start.equals(s.lastCheckedTime()));
  }

  /** Moves the controller's clock and lets the scheduler look for due cron workflows. */
  private void moveClockTo(Instant instant) {
    clock.set(instant);
    cluster.crons().checkDue();
  }

  private CronWorkflowResource cron() {
    return client
        .resources(CronWorkflowResource.class)
        .inNamespace(MockCluster.NAMESPACE)
        .withName(CRON)
        .get();
  }
}
