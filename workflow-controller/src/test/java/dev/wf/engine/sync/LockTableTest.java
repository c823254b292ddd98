package dev.wf.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.sync.LockClaims.Outcome;

/**
 * The lock table as the controller drives it: each workflow-level request is decided on a view of
 * the table (through {@link LockClaims}) and its outcome recorded back as the workflow's status.
 */
class LockTableTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final LockKey MUTEX =
      new LockKey("default/Mutex/m", LockKey.Kind.MUTEX, "default", null, null);
  private static final LockKey SEMAPHORE =
      new LockKey("default/ConfigMap/cfg/k", LockKey.Kind.SEMAPHORE, "default", "cfg", "k");

  private final LockTable table = new LockTable();
  private Map<String, Limit> limits = Map.of(SEMAPHORE.name(), Limit.of(2));
  private Set<String> woken = Set.of();

  private static Workflow workflow(String name, int priority, Instant created) {
    WorkflowSpec spec = ModelJson.read("{\"priority\": " + priority + "}", WorkflowSpec.class);
    ObjectMeta meta = ObjectMeta.named(name).withIdentity(name, "default", name, created);
    return new Workflow("argoproj.io/v1alpha1", "Workflow", meta, spec, null);
  }

  /** One pass of a workflow that wants {@code lock}; returns the workflow as recorded. */
  private Workflow pass(Workflow wf, LockKey lock) {
    String key = SyncStatuses.workflowKey(wf);
    var claims = new LockClaims(table.view(limits), key, SyncStatuses.holds(wf.status()));
    int priority = wf.spec().priority();
    Outcome outcome =
        claims.acquire(key, List.of(lock), priority, wf.metadata().creationTimestamp());
    WorkflowStatus base = wf.status() == null ? WorkflowStatus.EMPTY : wf.status();
    WorkflowPhase phase =
        outcome.result() == Outcome.Result.ACQUIRED ? WorkflowPhase.RUNNING : WorkflowPhase.PENDING;
    Workflow next =
        wf.withStatus(
            base.withPhase(phase, outcome.message(), null, null)
                .withSynchronization(claims.status(holder -> true)));
    woken = table.record(next);
    return next;
  }

  private Workflow complete(Workflow wf) {
    Workflow done = wf.withStatus(wf.status().withPhase(WorkflowPhase.SUCCEEDED, null, T0, T0));
    woken = table.record(done);
    return done;
  }

  private static boolean running(Workflow wf) {
    return wf.status().phase() == WorkflowPhase.RUNNING;
  }

  @Test
  void grantsAFreeMutex() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);

    assertThat(running(a)).isTrue();
    assertThat(table.view(limits).state(MUTEX.name()).holders()).containsExactly("default/a");
  }

  @Test
  void aSecondHolderWaitsWithArgosMessage() {
    pass(workflow("a", 0, T0), MUTEX);

    Workflow b = pass(workflow("b", 0, T0.plusSeconds(1)), MUTEX);

    assertThat(b.status().phase()).isEqualTo(WorkflowPhase.PENDING);
    assertThat(b.status().message())
        .isEqualTo("Waiting for default/Mutex/m lock. Lock status: 0/1");
    assertThat(b.status().synchronization().mutex().waiting().get(0).holder())
        .isEqualTo("default/a");
  }

  @Test
  void aSemaphoreAdmitsAsManyHoldersAsItsLimit() {
    Workflow a = pass(workflow("a", 0, T0), SEMAPHORE);
    Workflow b = pass(workflow("b", 0, T0.plusSeconds(1)), SEMAPHORE);
    Workflow c = pass(workflow("c", 0, T0.plusSeconds(2)), SEMAPHORE);

    assertThat(List.of(running(a), running(b), running(c))).containsExactly(true, true, false);
    assertThat(c.status().message())
        .isEqualTo("Waiting for default/ConfigMap/cfg/k lock. Lock status: 0/2");
  }

  @Test
  void releasingWakesTheHeadOfTheQueue() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);
    pass(workflow("b", 0, T0.plusSeconds(1)), MUTEX);
    pass(workflow("c", 0, T0.plusSeconds(2)), MUTEX);

    complete(a);

    assertThat(woken).containsExactly("b");
  }

  @Test
  void theOlderOfTwoWaitersGoesFirst() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);
    Workflow newer = pass(workflow("newer", 0, T0.plusSeconds(5)), MUTEX);
    Workflow older = pass(workflow("older", 0, T0.plusSeconds(1)), MUTEX);
    complete(a);

    newer = pass(newer, MUTEX);
    older = pass(older, MUTEX);

    assertThat(running(newer)).isFalse();
    assertThat(running(older)).isTrue();
  }

  @Test
  void aHigherPriorityWaiterGoesBeforeOlderOnes() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);
    Workflow older = pass(workflow("older", 0, T0.plusSeconds(1)), MUTEX);
    Workflow urgent = pass(workflow("urgent", 5, T0.plusSeconds(9)), MUTEX);
    complete(a);

    assertThat(woken).containsExactly("urgent");
    assertThat(running(pass(older, MUTEX))).isFalse();
    assertThat(running(pass(urgent, MUTEX))).isTrue();
  }

  @Test
  void aNewcomerCannotJumpTheQueueOfAFreedLock() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);
    pass(workflow("b", 0, T0.plusSeconds(1)), MUTEX);
    complete(a);

    Workflow late = pass(workflow("late", 0, T0.plusSeconds(2)), MUTEX);

    assertThat(running(late)).isFalse();
  }

  @Test
  void aCompletedWorkflowHoldsNothing() {
    Workflow a = pass(workflow("a", 0, T0), SEMAPHORE);

    complete(a);

    assertThat(table.view(limits).state(SEMAPHORE.name()).holders()).isEmpty();
  }

  @Test
  void forgettingADeletedWorkflowFreesItsLockAndWakesTheNext() {
    pass(workflow("a", 0, T0), MUTEX);
    pass(workflow("b", 0, T0.plusSeconds(1)), MUTEX);

    Set<String> wake = table.forget("a");

    assertThat(wake).containsExactly("b");
    assertThat(table.view(limits).state(MUTEX.name()).holders()).isEmpty();
  }

  @Test
  void rebuildingFromStatusesRestoresHoldersAndQueues() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);
    Workflow b = pass(workflow("b", 0, T0.plusSeconds(1)), MUTEX);
    var restarted = new LockTable();

    restarted.rebuild(List.of(b, a));

    var state = restarted.view(limits).state(MUTEX.name());
    assertThat(state.holders()).containsExactly("default/a");
    assertThat(state.waiters()).extracting(Waiter::holder).containsExactly("default/b");
  }

  @Test
  void aRebuiltTableStillRefusesASecondHolder() {
    Workflow a = pass(workflow("a", 0, T0), MUTEX);
    table.rebuild(List.of(a));

    Workflow b = pass(workflow("b", 0, T0.plusSeconds(1)), MUTEX);

    assertThat(running(b)).isFalse();
  }

  @Test
  void aSemaphoreWithoutALimitFailsTheRequest() {
    limits = Map.of(SEMAPHORE.name(), Limit.failed("no limit"));
    var claims = new LockClaims(table.view(limits), "default/a", List.of());

    Outcome outcome = claims.acquire("default/a", List.of(SEMAPHORE), 0, T0);

    assertThat(outcome.result()).isEqualTo(Outcome.Result.FAILED);
    assertThat(outcome.message()).isEqualTo("no limit");
  }

  @Test
  void aRequestForTwoLocksTakesNeitherWhenOneIsHeld() {
    pass(workflow("a", 0, T0), MUTEX);
    var claims = new LockClaims(table.view(limits), "default/b", List.of());

    Outcome outcome = claims.acquire("default/b", List.of(SEMAPHORE, MUTEX), 0, T0);

    assertThat(outcome.lock()).isEqualTo(MUTEX.name());
    assertThat(claims.status(holder -> true).semaphore().holding()).isEmpty();
  }

  @Test
  void releasedLocksAreFreeForTheNextRequestOfThePass() {
    var claims = new LockClaims(table.view(limits), "default/a", List.of());
    claims.acquire("default/a/n1", List.of(MUTEX), 0, T0);

    claims.release("default/a/n1");

    assertThat(claims.acquire("default/a/n2", List.of(MUTEX), 0, T0).result())
        .isEqualTo(Outcome.Result.ACQUIRED);
  }
}
