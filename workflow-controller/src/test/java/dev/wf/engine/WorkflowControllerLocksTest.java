package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.store.EmbeddedStore;

/** The controller's lock table across workflows, deletion and a restart, over a real store. */
class WorkflowControllerLocksTest {
  private static final String MUTEX =
      """
      metadata: {name: NAME}
      spec:
        entrypoint: main
        synchronization:
          mutexes: [{name: m}]
        templates:
        - name: main
          container: {image: alpine}
      """;

  @TempDir Path dir;
  private EmbeddedStore store;
  private final HeldSteps steps = new HeldSteps();
  private WorkflowController controller;

  @BeforeEach
  void start() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
    controller = startController();
  }

  @AfterEach
  void stop() {
    controller.close();
    store.close();
  }

  private WorkflowController startController() {
    var started = new WorkflowController(store, steps, Clock.systemUTC());
    started.start();
    return started;
  }

  private static Workflow named(String name, Instant created) {
    Workflow wf = EngineFixtures.workflow(MUTEX.replace("NAME", name));
    return wf.withMetadata(wf.metadata().withIdentity(name, "default", name, created));
  }

  private Workflow awaitStatus(String name, Predicate<Workflow> condition) {
    return await(name)
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> store.get(name).orElseThrow(), condition);
  }

  private static Predicate<Workflow> inPhase(WorkflowPhase phase) {
    return wf -> wf.status() != null && wf.status().phase() == phase;
  }

  @Test
  void aSecondWorkflowWaitsForTheMutexTheFirstHolds() {
    controller.submit(named("first", T0));
    awaitStatus("first", inPhase(WorkflowPhase.RUNNING));

    controller.submit(named("second", T0.plusSeconds(1)));

    Workflow second = awaitStatus("second", inPhase(WorkflowPhase.PENDING));
    assertThat(second.status().message())
        .isEqualTo("Waiting for default/Mutex/m lock. Lock status: 0/1");
  }

  @Test
  void deletingTheHolderLetsTheWaiterRun() {
    controller.submit(named("first", T0));
    awaitStatus("first", inPhase(WorkflowPhase.RUNNING));
    controller.submit(named("second", T0.plusSeconds(1)));
    awaitStatus("second", inPhase(WorkflowPhase.PENDING));

    controller.delete("first");

    awaitStatus("second", inPhase(WorkflowPhase.RUNNING));
  }

  @Test
  void aRestartedControllerKeepsTheHoldingsOfItsWorkflows() {
    controller.submit(named("first", T0));
    awaitStatus("first", inPhase(WorkflowPhase.RUNNING));
    controller.close();
    controller = startController();

    controller.submit(named("second", T0.plusSeconds(1)));

    awaitStatus("second", inPhase(WorkflowPhase.PENDING));
  }
}
