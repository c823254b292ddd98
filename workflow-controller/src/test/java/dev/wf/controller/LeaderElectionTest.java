package dev.wf.controller;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

@EnableKubernetesMockClient(crud = true)
class LeaderElectionTest {
  KubernetesClient client;
  private final Set<String> leaders = ConcurrentHashMap.newKeySet();
  private CompletableFuture<?> first;
  private CompletableFuture<?> second;

  @AfterEach
  void stop() {
    if (first != null) first.cancel(true);
    if (second != null) second.cancel(true);
  }

  @Test
  void exactlyOneOfTwoReplicasLeads() {
    first = run("one");
    second = run("two");

    await().atMost(Duration.ofSeconds(10)).until(() -> leaders.size() == 1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> leaders.size() == 1);
  }

  @Test
  void theOtherReplicaTakesOverWhenTheLeaderStops() {
    first = run("one");
    await().atMost(Duration.ofSeconds(10)).until(() -> leaders.contains("one"));
    second = run("two");

    first.cancel(true);

    await().atMost(Duration.ofSeconds(10)).until(() -> leaders.equals(Set.of("two")));
  }

  private CompletableFuture<?> run(String identity) {
    var election =
        new LeaderElection(
            "wf-system",
            "wf-controller",
            identity,
            Duration.ofSeconds(2),
            Duration.ofMillis(1500),
            Duration.ofMillis(200));
    return election.run(
        client, () -> leaders.add(identity), () -> leaders.remove(identity), leader -> {});
  }
}
