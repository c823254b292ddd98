package dev.wf.controller;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;

/**
 * Leader election on a {@code coordination.k8s.io} Lease (fabric8's elector), so that of several
 * controller replicas exactly one acts. The durations default to Kubernetes' usual 15 s lease, 10 s
 * renew deadline and 2 s retry period.
 *
 * @param namespace where the Lease lives
 * @param leaseName the Lease's name
 * @param identity who this replica is (its pod name)
 */
public record LeaderElection(
    String namespace,
    String leaseName,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod) {
  public static final Duration LEASE_DURATION = Duration.ofSeconds(15);
  public static final Duration RENEW_DEADLINE = Duration.ofSeconds(10);
  public static final Duration RETRY_PERIOD = Duration.ofSeconds(2);

  public LeaderElection {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(leaseName, "leaseName");
    Objects.requireNonNull(identity, "identity");
    if (leaseDuration == null) leaseDuration = LEASE_DURATION;
    if (renewDeadline == null) renewDeadline = RENEW_DEADLINE;
    if (retryPeriod == null) retryPeriod = RETRY_PERIOD;
  }

  /** An election with the default durations. */
  public LeaderElection(String namespace, String leaseName, String identity) {
    this(namespace, leaseName, identity, null, null, null);
  }

  /**
   * Runs for leadership until the returned future is cancelled (which releases the lease if held).
   * {@code onStart} runs when this replica becomes the leader, {@code onStop} when it stops being
   * the leader (lease lost, or the election cancelled); {@code onLeader} hears every new leader's
   * identity. The callbacks run on the election's thread and must return quickly.
   */
  public CompletableFuture<?> run(
      KubernetesClient client, Runnable onStart, Runnable onStop, Consumer<String> onLeader) {
    var config =
        new LeaderElectionConfigBuilder()
            .withName(leaseName)
            .withLock(new LeaseLock(namespace, leaseName, identity))
            .withLeaseDuration(leaseDuration)
            .withRenewDeadline(renewDeadline)
            .withRetryPeriod(retryPeriod)
            .withReleaseOnCancel()
            .withLeaderCallbacks(new LeaderCallbacks(onStart, onStop, onLeader))
            .build();
    var executor =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("wf-leader-election").factory());
    CompletableFuture<?> election = new LeaderElector(client, config, executor).start();
    election.whenComplete((done, failure) -> executor.shutdown());
    return election;
  }
}
