package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

@EnableKubernetesMockClient(crud = true)
class KubernetesRuntimeLogsTest {
  static KubernetesClient client;
  static KubernetesMockServer server;

  final ManualTime time = new ManualTime(Instant.now());
  KubernetesRuntime runtime;

  @BeforeEach
  void startRuntime() {
    runtime =
        new KubernetesRuntime(
            client,
            client.getNamespace(),
            new MinimalPods(),
            n -> "uid",
            time,
            KubernetesRuntimeTest.TIMEOUTS,
            time);
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private void log(String pod, String text, boolean follow) {
    logAnswer(pod, follow, 200, text);
  }

  private void logAnswer(String pod, boolean follow, int code, String body) {
    String path = "/api/v1/namespaces/test/pods/" + pod + "/log?pretty=false&container=main";
    server
        .expect()
        .get()
        .withPath(path + (follow ? "&follow=true" : ""))
        .andReturn(code, body)
        .once();
  }

  @Test
  void readsTheMainContainersLogAsLines() {
    log("wf-a", "one\ntwo\nthree\n", false);

    assertThat(runtime.lines("wf", "wf-a", 0)).containsExactly("one", "two", "three");
  }

  @Test
  void readsLinesFromTheGivenIndex() {
    log("wf-b", "one\ntwo\nthree", false);

    assertThat(runtime.lines("wf", "wf-b", 1)).containsExactly("two", "three");
  }

  @Test
  void hasNoLinesForAPodThatIsGone() {
    logAnswer(
        "wf-gone",
        false,
        404,
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":404}");

    assertThat(runtime.lines("wf", "wf-gone", 0)).isEmpty();
  }

  @Test
  void followsTheLogAsAStream() throws IOException {
    log("wf-c", "streamed\n", true);

    try (var watch = runtime.follow("wf", "wf-c")) {
      assertThat(new String(watch.getOutput().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("streamed\n");
    }
  }
}
