package dev.wf.engine.cron;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.engine.PassQueue;
import dev.wf.store.CronStore;

/**
 * The scheduler loop: runs a pass of {@link CronRules#decide} over a cron workflow when it is due
 * (its {@code wakeAt}, by the injected clock), when it was created, changed or resumed ({@link
 * #changed}), and when one of its workflows changed phase; applies the actions through a {@link
 * CronTarget} and persists the status once per pass. Never two passes of one cron workflow at once.
 * On {@link #start} every stored cron workflow gets a pass, so schedules survive a restart and
 * missed runs are handled as {@code startingDeadlineSeconds} says.
 */
public final class CronController implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CronController.class.getName());

  private final CronStore store;
  private final CronTarget target;
  private final CronRules rules;
  private final Clock clock;
  private final CronActionApplier applier;
  private final PassQueue queue = new PassQueue(this::pass);
  private final Map<String, Instant> wakes = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("wf-cron").factory());
  private volatile boolean closed;

  public CronController(CronStore store, CronTarget target, CronRules rules, Clock clock) {
    this.store = store;
    this.target = target;
    this.rules = rules;
    this.clock = clock;
    this.applier = new CronActionApplier(target, rules);
    target.onChildChanged(this::changed);
  }

  /**
   * Runs a pass of every stored cron workflow, then keeps an eye on them. A timer also looks for
   * due ones every minute, in case the machine slept through a timer.
   */
  public void start() {
    store.list().forEach(cron -> changed(cron.name()));
    sweeper.scheduleWithFixedDelay(this::checkDue, 1, 1, TimeUnit.MINUTES);
  }

  /**
   * Asks for a pass of a cron workflow (created, replaced, resumed, deleted, or a child changed).
   */
  public void changed(String cronName) {
    if (!closed) queue.schedule(cronName);
  }

  /** Runs a pass of every cron workflow whose wake-up time has come by the clock. */
  public void checkDue() {
    Instant now = clock.instant();
    wakes.forEach(
        (name, at) -> {
          if (!at.isAfter(now)) changed(name);
        });
  }

  /** When the next pass of a cron workflow is due, if one is. */
  public Optional<Instant> wakeAt(String cronName) {
    return Optional.ofNullable(wakes.get(cronName));
  }

  private void pass(String name) {
    if (closed) return;
    try {
      reconcile(name);
    } catch (RuntimeException e) {
      // A pass that was under way when the controller closed has nowhere to go: not an error.
      if (!closed) LOG.log(Level.ERROR, "cron workflow " + name + ": scheduler pass failed", e);
    }
  }

  private void reconcile(String name) {
    Optional<CronWorkflow> stored = store.get(name);
    if (stored.isEmpty()) {
      wakes.remove(name);
      return;
    }
    CronWorkflow cron = stored.get();
    Instant now = clock.instant();
    CronDecision decision = rules.decide(cron, target.children(name), now);
    CronWorkflowStatus next = applier.apply(cron, decision);
    if (!next.equals(cron.status())) store.updateStatus(name, next);
    if (decision.wakeAt().isEmpty()) {
      wakes.remove(name);
      return;
    }
    Instant at = decision.wakeAt().get();
    if (!at.equals(wakes.put(name, at))) queue.scheduleAt(name, at, now);
  }

  @Override
  public void close() {
    closed = true;
    sweeper.shutdownNow();
    queue.close();
  }
}
