package dev.wf.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.config.WfConfig;
import dev.wf.store.k8s.MockCluster;

@EnableKubernetesMockClient(crud = true)
class ControllerProcessTest {
  KubernetesClient client;
  private ControllerProcess process;

  @BeforeEach
  void crds() {
    MockCluster.installCrds(client);
  }

  @AfterEach
  void stop() {
    if (process != null) process.close();
  }

  @Test
  void theLeaderRunsTheControllersAndIsReady() throws Exception {
    process = started(election("one"));

    await().atMost(Duration.ofSeconds(20)).until(process::leading);
    await().atMost(Duration.ofSeconds(20)).until(process::ready);
    assertThat(process.cluster().controllerOf("team-a")).isPresent();
  }

  @Test
  void probesAnswerOnTheHealthPort() throws Exception {
    process = started(null);

    assertThat(get("/healthz")).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> get("/readyz") == 200);
  }

  @Test
  void closingEndsTheProcessAsStopped() throws Exception {
    process = started(election("one"));
    await().atMost(Duration.ofSeconds(20)).until(process::leading);

    process.close();

    assertThat(process.await()).isEqualTo(ControllerProcess.Outcome.STOPPED);
    assertThat(process.leading()).isFalse();
  }

  private ControllerProcess started(LeaderElection election) throws Exception {
    var settings = new ControllerSettings(List.of("team-a"), new WfConfig(null), election, 0);
    var started =
        new ControllerProcess(client, settings, new ClusterSteps(true), Clock.systemUTC());
    started.start();
    return started;
  }

  private static LeaderElection election(String identity) {
    return new LeaderElection(
        "wf-system",
        "wf-controller",
        identity,
        Duration.ofSeconds(2),
        Duration.ofMillis(1500),
        Duration.ofMillis(200));
  }

  private int get(String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.healthPort() + path))
            .build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }
}
