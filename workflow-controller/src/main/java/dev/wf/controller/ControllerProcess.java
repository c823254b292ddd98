package dev.wf.controller;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The composition root of {@code wf controller}: the probes, the leader election and, while this
 * replica leads, the {@link ClusterController}. Losing the lease ends the process (as Argo's
 * controller does) so that Kubernetes restarts it as a follower: a controller that might still act
 * on stale state must not keep running beside the new leader.
 */
public final class ControllerProcess implements AutoCloseable {
  /** Why the process ended. */
  public enum Outcome {
    /** {@link #close()} was called (e.g. on SIGTERM). */
    STOPPED,
    /** Another replica took the lease. */
    LEADERSHIP_LOST,
    /** The controllers could not start (see {@link #failure()}). */
    FAILED
  }

  private final KubernetesClient client;
  private final ControllerSettings settings;
  private final NamespaceRuntimes runtimes;
  private final Clock clock;
  private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
  // Leadership changes run one at a time, in order, off the election's thread.
  private final ExecutorService lifecycle =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("wf-lifecycle").factory());
  private volatile ClusterController cluster;
  private volatile boolean closing;
  private volatile Exception failure;
  private CompletableFuture<?> election;
  private HealthServer health;

  public ControllerProcess(
      KubernetesClient client,
      ControllerSettings settings,
      NamespaceRuntimes runtimes,
      Clock clock) {
    this.client = client;
    this.settings = settings;
    this.runtimes = runtimes;
    this.clock = clock;
  }

  /**
   * Serves the probes and either runs for leadership or, without an election, starts the
   * controllers at once (then a failure to start propagates).
   */
  public void start() throws IOException, InterruptedException {
    if (settings.healthPort() != null)
      health = HealthServer.start(settings.healthPort(), this::ready);
    LeaderElection leaderElection = settings.leaderElection();
    if (leaderElection == null) {
      cluster = startCluster();
      return;
    }
    election =
        leaderElection.run(
            client,
            () -> onLifecycle(this::lead),
            () -> onLifecycle(this::follow),
            leader -> log("leader is " + leader));
  }

  /** Waits until the process ends and says why. */
  public Outcome await() throws InterruptedException {
    try {
      return outcome.get();
    } catch (ExecutionException e) {
      return Outcome.FAILED;
    }
  }

  /** Why the controllers could not start, when {@link #await()} said {@code FAILED}. */
  public Exception failure() {
    return failure;
  }

  /** The port the probes are served on, or -1 without probes. */
  public int healthPort() {
    return health == null ? -1 : health.port();
  }

  /** Whether this replica leads and its controllers run. */
  public boolean leading() {
    return cluster != null;
  }

  /** The running controllers while this replica leads, else null. */
  public ClusterController cluster() {
    return cluster;
  }

  /**
   * Ready when following (a standby must not block a rolling update) or when the controllers run
   * with synced caches.
   */
  public boolean ready() {
    ClusterController running = cluster;
    return running == null ? !outcome.isDone() : running.ready();
  }

  private void onLifecycle(Runnable change) {
    try {
      lifecycle.execute(change);
    } catch (RejectedExecutionException e) {
      // Closed: there is nothing left to lead or follow.
    }
  }

  private void lead() {
    if (closing || outcome.isDone()) return;
    log("became the leader");
    try {
      cluster = startCluster();
    } catch (Exception e) {
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
      failure = e;
      outcome.complete(Outcome.FAILED);
    }
  }

  private void follow() {
    stopCluster();
    if (!closing) {
      log("lost the leader lease");
      outcome.complete(Outcome.LEADERSHIP_LOST);
    }
  }

  private ClusterController startCluster() throws InterruptedException {
    var started =
        new ClusterController(client, settings.namespaces(), runtimes, settings.config(), clock);
    try {
      started.start();
      return started;
    } catch (RuntimeException | InterruptedException e) {
      started.close();
      throw e;
    }
  }

  private void stopCluster() {
    ClusterController running = cluster;
    cluster = null;
    if (running != null) running.close();
  }

  private static void log(String message) {
    System.err.println("wf controller: " + message);
  }

  /** Stops the controllers, releases the lease if held and stops the probes. */
  @Override
  public synchronized void close() {
    if (closing) return;
    closing = true;
    if (election != null) election.cancel(true);
    lifecycle.execute(this::stopCluster);
    lifecycle.shutdown();
    try {
      lifecycle.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (health != null) health.close();
    outcome.complete(Outcome.STOPPED);
  }
}
