package dev.wf.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;
import dev.wf.cli.FakeServer;
import dev.wf.cli.FakeServer.Response;
import dev.wf.cli.Fixtures;
import dev.wf.server.WorkflowService.LogLine;
import dev.wf.server.WorkflowService.SubmitOutcome;
import dev.wf.server.WorkflowService.SubmitRequest;
import dev.wf.server.WorkflowService.Versioned;

class WfClientTest {
  private FakeServer server;
  private WfClient client;

  @BeforeEach
  void start() throws Exception {
    server = FakeServer.start();
    client = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getReturnsWorkflowWithItsStoredVersion() {
    server.on(
        "GET",
        "/api/v1/workflows/steps-abc",
        request -> new Response(200, Fixtures.json("steps-parallel"), Map.of("X-Wf-Version", "7")));

    Versioned versioned = client.get("steps-abc");

    assertThat(versioned.workflow().name()).isEqualTo("steps-abc");
    assertThat(versioned.version()).isEqualTo("7");
  }

  @Test
  void getOfMissingWorkflowFailsWithTheServersMessage() {
    server.on(
        "GET", "/api/v1/workflows/nope", 404, "{\"message\":\"workflow \\\"nope\\\" not found\"}");

    assertThatThrownBy(() -> client.get("nope"))
        .isInstanceOf(ApiException.class)
        .hasMessage("workflow \"nope\" not found")
        .satisfies(e -> assertThat(((ApiException) e).notFound()).isTrue());
  }

  @Test
  void errorWithoutMessageBodyNamesTheHttpStatus() {
    server.on("GET", "/api/v1/workflows", 500, "boom");

    assertThatThrownBy(() -> client.list())
        .isInstanceOf(ApiException.class)
        .hasMessage("the wf server answered HTTP 500: boom");
  }

  @Test
  void submitSendsFileTextAndOverridesAsJson() throws Exception {
    server.on("POST", "/api/v1/workflows", 201, Fixtures.json("steps-parallel"));

    client.submit(
        new SubmitRequest(
            "hello.yaml", "kind: Workflow\n", null, Map.of("a", "1"), "main", null, "x-", false));

    JsonNode sent = ModelJson.mapper().readTree(server.requests().get(0).body());
    assertThat(sent.get("file").asText()).isEqualTo("hello.yaml");
    assertThat(sent.get("yaml").asText()).isEqualTo("kind: Workflow\n");
    assertThat(sent.get("parameters").get("a").asText()).isEqualTo("1");
    assertThat(sent.get("entrypoint").asText()).isEqualTo("main");
    assertThat(sent.get("generateName").asText()).isEqualTo("x-");
  }

  @Test
  void submitRefusedWithUnprocessableEntityReturnsEveryError() {
    server.on(
        "POST",
        "/api/v1/workflows",
        422,
        """
        {"errors":[
          {"file":"a.yaml","line":3,"column":5,"path":"spec","message":"no entrypoint"},
          {"file":"a.yaml","line":9,"column":7,"path":"spec.templates[0]","message":"bad"}]}
        """);

    SubmitOutcome outcome =
        client.submit(new SubmitRequest("a.yaml", "x", null, null, null, null, null, false));

    assertThat(outcome.workflow()).isNull();
    assertThat(outcome.errors())
        .extracting(e -> e.render())
        .containsExactly("a.yaml:3:5: spec: no entrypoint", "a.yaml:9:7: spec.templates[0]: bad");
  }

  @Test
  void awaitChangeSendsTheSeenVersionAndTimeout() {
    server.on("GET", "/api/v1/workflows/dag-xyz", 200, Fixtures.json("dag-running"));

    client.awaitChange("dag-xyz", "12", Duration.ofSeconds(30));

    assertThat(server.requests().get(0).query()).isEqualTo("watch=12&timeout=30");
  }

  @Test
  void logsDeliverEachNdjsonLineInOrder() {
    server.on(
        "GET",
        "/api/v1/workflows/@latest/log",
        200,
        """
        {"nodeId":"n1","step":"hello","content":"one"}
        {"nodeId":"n1","step":"hello","content":"two"}
        """);
    List<LogLine> lines = new ArrayList<>();

    client.logs("@latest", "hello", true, lines::add);

    assertThat(lines).extracting(LogLine::content).containsExactly("one", "two");
    assertThat(server.requests().get(0).query()).isEqualTo("follow=true&step=hello");
  }

  @Test
  void deleteReportsWhetherTheWorkflowExisted() {
    server.on("DELETE", "/api/v1/workflows/a", 200, "{}");
    server.on("DELETE", "/api/v1/workflows/b", 404, "{\"message\":\"not found\"}");

    assertThat(client.delete("a")).isTrue();
    assertThat(client.delete("b")).isFalse();
  }

  @Test
  void clusterTemplatesLiveUnderTheirOwnPath() {
    server.on("GET", "/api/v1/cluster-workflow-templates", 200, "{\"items\":[]}");

    assertThat(client.templates(true)).isEmpty();
    assertThat(server.requests().get(0).path()).isEqualTo("/api/v1/cluster-workflow-templates");
  }

  @Test
  void unreachableServerGivesOneClearMessage() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    WfClient nowhere = new WfClient(URI.create("http://127.0.0.1:" + port));

    assertThatThrownBy(nowhere::list)
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("cannot reach the wf server at http://127.0.0.1:" + port);
  }

  @Test
  void encodesPathSegmentsButKeepsLatestMarker() {
    assertThat(WfClient.segment("@latest")).isEqualTo("@latest");
    assertThat(WfClient.segment("a b/c")).isEqualTo("a%20b%2Fc");
  }
}
