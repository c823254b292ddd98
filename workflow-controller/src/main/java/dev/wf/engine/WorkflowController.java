package dev.wf.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.config.SemaphoreLimits;
import dev.wf.engine.gc.ArtifactCollector;
import dev.wf.engine.gc.ArtifactGcPlan;
import dev.wf.engine.gc.GcReport;
import dev.wf.engine.gc.GcStrategy;
import dev.wf.engine.memo.MemoCaches;
import dev.wf.engine.sync.LimitLookup;
import dev.wf.engine.sync.LockTable;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.runtime.StepRuntime;
import dev.wf.store.ConflictException;
import dev.wf.store.WorkflowStore;

/**
 * Keeps workflows moving: each time something happens to a workflow (submitted, a step ended, a
 * timer fired) it runs one reconcile pass for it: observe, {@code decide}, apply the actions,
 * persist the status once. Passes for one workflow never overlap; events that arrive during a pass
 * cause one more pass, so bursts coalesce. Nothing polls: timers come from {@link
 * Decision#wakeAt()}. Passes of workflows that use synchronization run one at a time, each seeing
 * and then updating the {@link LockTable}, so two workflows never take the same slot; a pass that
 * frees a slot wakes the workflows at the head of that lock's queue.
 */
public final class WorkflowController implements WorkflowRunner, AutoCloseable {
  private static final int MAX_CONFLICTS = 5;

  private final WorkflowStore store;
  private final StepRuntime runtime;
  private final Clock clock;
  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final ActionApplier applier;
  private final Admission admission;
  private final RunningLimit.Share limit;
  private final ArtifactCollector collector;
  private final LockTable locks = new LockTable();
  private final ReentrantLock lockPasses = new ReentrantLock();
  private final Observer observer;
  private final Map<String, Workflow> live = new ConcurrentHashMap<>();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private final PassQueue queue = new PassQueue(this::reconcile);

  public WorkflowController(WorkflowStore store, StepRuntime runtime, Clock clock) {
    this(store, runtime, clock, SemaphoreLimits.NONE);
  }

  /**
   * A controller whose semaphores without a stored ConfigMap key fall back to {@code
   * semaphoreLimits} (from {@code config.yaml}).
   */
  public WorkflowController(
      WorkflowStore store, StepRuntime runtime, Clock clock, SemaphoreLimits semaphoreLimits) {
    this(store, runtime, clock, semaphoreLimits, ArtifactCollector.NO_STORES);
  }

  /** A controller that deletes artifacts (artifact garbage collection) through {@code stores}. */
  public WorkflowController(
      WorkflowStore store,
      StepRuntime runtime,
      Clock clock,
      SemaphoreLimits semaphoreLimits,
      ArtifactStores stores) {
    this(store, runtime, clock, semaphoreLimits, stores, Admission.NONE, RunningLimit.none());
  }

  /**
   * A controller that prepares workflows stored without a status through {@code admission} (a
   * cluster's, whose workflows are created by others) and starts one only when {@code limit} has a
   * slot for it.
   */
  public WorkflowController(
      WorkflowStore store,
      StepRuntime runtime,
      Clock clock,
      SemaphoreLimits semaphoreLimits,
      ArtifactStores stores,
      Admission admission,
      RunningLimit.Share limit) {
    this.admission = admission;
    this.limit = limit;
    this.store = store;
    this.runtime = runtime;
    this.clock = clock;
    var caches = new MemoCaches(store.configMaps());
    this.collector = new ArtifactCollector(stores);
    this.applier = new ActionApplier(runtime, caches, collector);
    this.observer =
        new Observer(runtime, locks, new LimitLookup(store.configMaps(), semaphoreLimits), caches);
    runtime.onStepChanged(this::schedule);
  }

  /**
   * Resumes every workflow that was running when the last controller stopped, with the locks their
   * statuses hold and wait for and their running slots.
   */
  public void start() {
    List<Workflow> running = store.list().stream().filter(wf -> !completed(wf)).toList();
    limit.resume(running);
    locks.rebuild(running);
    running.forEach(wf -> schedule(wf.name()));
  }

  /** Looks again at every workflow waiting for a lock, e.g. after a semaphore's limit changed. */
  @Override
  public void wakeWaiting() {
    locks.waiting().forEach(this::schedule);
  }

  /** Registers a listener told a workflow's name each time its status is persisted. */
  @Override
  public void onStatusChanged(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** Stores a new workflow (its name already final) and starts reconciling it. */
  @Override
  public void submit(Workflow workflow) {
    store.create(workflow);
    live.put(workflow.name(), workflow);
    schedule(workflow.name());
  }

  /** Forgets a workflow as {@link #delete(String, boolean)} does, unforced; true if removed. */
  public boolean delete(String name) {
    return delete(name, false).deleted();
  }

  /**
   * Forgets a workflow: stops its steps, deletes its artifacts whose garbage-collection strategy
   * says so ({@code OnWorkflowDeletion}, and {@code OnWorkflowCompletion} ones not yet deleted),
   * and removes it from the store. If an artifact cannot be deleted, the workflow is kept with an
   * {@code ArtifactGCError} condition, unless {@code force} or {@code
   * spec.artifactGC.forceFinalizerRemoval} says to remove it all the same.
   */
  @Override
  public WorkflowDeletion delete(String name, boolean force) {
    Workflow wf = live.get(name);
    if (wf == null) wf = store.get(name).orElse(null);
    if (wf != null && wf.status() != null) stopSteps(name);
    GcReport report = wf == null ? GcReport.NONE : collectOnDeletion(wf);
    if (report.failed() && !force && !ArtifactGcPlan.forceRemoval(spec(wf))) {
      update(name, w -> w.withStatus(report.applyTo(w.status())));
      return new WorkflowDeletion(true, false, report.deleted().size(), report.failures());
    }
    boolean deleted = forget(name, wf);
    return deleted
        ? new WorkflowDeletion(true, true, report.deleted().size(), report.failures())
        : WorkflowDeletion.NOT_FOUND;
  }

  private void stopSteps(String name) {
    runtime
        .observe(name)
        .forEach(
            (id, state) -> {
              if (!state.done()) runtime.kill(name, id, "workflow deleted");
            });
  }

  private GcReport collectOnDeletion(Workflow wf) {
    var strategies = Set.of(GcStrategy.ON_WORKFLOW_COMPLETION, GcStrategy.ON_WORKFLOW_DELETION);
    var due = ArtifactGcPlan.due(spec(wf), wf.status(), strategies);
    GcReport report = collector.collect(due);
    report.failures().forEach(f -> System.err.println("wf: deleting " + wf.name() + ": " + f));
    return report;
  }

  private static WorkflowSpec spec(Workflow wf) {
    return WorkflowReconciler.effectiveSpec(wf, wf.status());
  }

  /**
   * Tells the controller that a workflow was removed from the store by someone else (seen by a
   * watch): it forgets the workflow's steps, what it kept of it and the locks it held or waited
   * for, and leaves the store alone.
   */
  public void removed(String name) {
    forget(name, live.get(name), false);
  }

  /** Removes a workflow from the runtime, the store and the lock table; true if it was stored. */
  private boolean forget(String name, Workflow wf) {
    return forget(name, wf, true);
  }

  private boolean forget(String name, Workflow wf, boolean fromStore) {
    live.remove(name);
    runtime.forget(name);
    if (wf != null) observer.forget(wf);
    boolean deleted;
    Set<String> wake;
    lockPasses.lock();
    try {
      deleted = fromStore && store.delete(name);
      wake = locks.forget(name);
    } finally {
      lockPasses.unlock();
    }
    wake.forEach(this::schedule);
    limit.finished(name);
    return deleted;
  }

  /** The clock passes run by, for changes made from outside that stamp times. */
  @Override
  public Clock clock() {
    return clock;
  }

  /**
   * Changes a workflow from outside the engine (suspend, resume, retry, ...): applies {@code
   * change} to the workflow as the engine last left it, between two passes, never during one, then
   * stores its spec and status and asks for a pass. The steps of nodes that the change removed from
   * the status are forgotten by the runtime, so that those nodes run again as new steps. Returns
   * the stored workflow, or empty if there is none by that name; what {@code change} throws (a
   * refusal) propagates and changes nothing.
   */
  @Override
  public Optional<Workflow> update(String name, UnaryOperator<Workflow> change) {
    ReentrantLock lock = queue.lockOf(name);
    lock.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        Workflow wf = live.containsKey(name) ? live.get(name) : store.get(name).orElse(null);
        if (wf == null) return Optional.empty();
        Workflow updated = change.apply(wf);
        Optional<Workflow> stored;
        try {
          stored = store.replace(updated);
        } catch (ConflictException e) {
          // Changed by someone else since it was read: apply the change to the newer version.
          live.remove(name);
          if (attempt == MAX_CONFLICTS) throw e;
          continue;
        }
        forgetRemovedSteps(name, wf.status(), updated.status());
        if (stored.isEmpty() || completed(stored.get())) live.remove(name);
        else live.put(name, stored.get());
        if (stored.isEmpty()) return Optional.empty();
        break;
      }
    } finally {
      lock.unlock();
    }
    listeners.forEach(l -> l.accept(name));
    schedule(name);
    return store.get(name);
  }

  /**
   * Tells the controller that a workflow was written by someone else (seen by a watch): unless
   * {@code resourceVersion} is the version its last pass wrote, the next pass re-reads it from the
   * store instead of trusting what it last left there, and the steps of nodes the write removed are
   * forgotten ({@link RemovedSteps}).
   */
  public void changed(String name, String resourceVersion) {
    Workflow known = live.get(name);
    boolean own =
        known != null
            && resourceVersion != null
            && resourceVersion.equals(known.metadata().resourceVersion());
    if (own) return;
    live.remove(name);
    ReentrantLock lock = queue.lockOf(name);
    lock.lock();
    try {
      store.get(name).ifPresent(stored -> RemovedSteps.forget(runtime, stored));
    } finally {
      lock.unlock();
    }
    schedule(name);
  }

  private void forgetRemovedSteps(String name, WorkflowStatus before, WorkflowStatus after) {
    if (before == null) return;
    var steps = runtime.observe(name);
    for (String id : before.nodesRemovedIn(after)) {
      if (steps.containsKey(id)) runtime.forget(name, id);
    }
  }

  /** Asks for a reconcile pass of {@code name}; coalesces with one in progress. */
  public void schedule(String name) {
    queue.schedule(name);
  }

  private void reconcile(String name) {
    Workflow wf = live.computeIfAbsent(name, n -> store.get(n).orElse(null));
    if (wf == null || completed(wf)) {
      live.remove(name);
      limit.finished(name);
      return;
    }
    if (!observer.synchronizes(wf)) {
      advance(wf);
      return;
    }
    Set<String> wake;
    lockPasses.lock();
    try {
      Workflow updated = advance(wf);
      // A workflow deleted meanwhile must not hold on to what its last pass took.
      wake = store.version(name).isPresent() ? locks.record(updated) : locks.forget(name);
    } finally {
      lockPasses.unlock();
    }
    wake.forEach(this::schedule);
  }

  /** One pass: observe, decide, apply, persist; returns the workflow with its new status. */
  private Workflow advance(Workflow wf) {
    String name = wf.name();
    Instant now = clock.instant();
    if (wf.status() == null) {
      try {
        wf = wf.withStatus(admission.admit(wf));
      } catch (IllegalArgumentException e) {
        WorkflowStatus refused =
            WorkflowStatus.EMPTY.withPhase(
                WorkflowPhase.ERROR, "invalid spec: " + e.getMessage(), now, now);
        persist(wf, refused);
        return wf.withStatus(refused);
      }
    }
    WorkflowStatus postponed = limit.postpone(wf, () -> schedule(name));
    if (postponed != null) {
      persist(wf, postponed);
      return wf.withStatus(postponed);
    }
    try {
      Decision decision = reconciler.decide(wf, wf.status(), observer.observe(wf), now);
      WorkflowStatus next = applier.apply(decision);
      persist(wf, next);
      decision.wakeAt().ifPresent(at -> queue.scheduleAt(name, at, now));
      return wf.withStatus(next);
    } catch (RuntimeException e) {
      System.err.println("wf: reconciling " + name + " failed: " + e);
      WorkflowStatus failed =
          (wf.status() == null ? WorkflowStatus.EMPTY : wf.status())
              .withPhase(WorkflowPhase.ERROR, "internal error: " + e.getMessage(), now, now)
              .withSynchronization(null);
      persist(wf, failed);
      return wf.withStatus(failed);
    }
  }

  private void persist(Workflow wf, WorkflowStatus next) {
    if (next.equals(wf.status())) return;
    Optional<Workflow> stored;
    try {
      stored = store.replaceStatus(wf, next);
    } catch (ConflictException e) {
      // Written by someone else since this pass read it: read it again and redo the pass. What
      // the pass started is started again, which is a no-op.
      live.remove(wf.name());
      schedule(wf.name());
      return;
    }
    if (stored.isEmpty()) {
      live.remove(wf.name());
      return;
    }
    Workflow updated = stored.get();
    runtime.recorded(updated);
    if (completed(updated)) {
      live.remove(wf.name());
      observer.forget(wf);
      limit.finished(wf.name());
    } else {
      live.put(wf.name(), updated);
    }
    listeners.forEach(l -> l.accept(wf.name()));
  }

  private static boolean completed(Workflow wf) {
    return wf.status() != null && wf.status().phase() != null && wf.status().phase().completed();
  }

  @Override
  public void close() {
    queue.close();
  }
}
