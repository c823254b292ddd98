package dev.wf.server;

import static dev.wf.server.InMemoryWorkflowService.workflow;
import static dev.wf.server.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

class ApiServerWorkflowsTest {
  private final InMemoryWorkflowService service = new InMemoryWorkflowService();
  private final TestApi api = new TestApi(service);

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void submitAnswersCreatedWithTheWorkflow() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"yaml\": \"hello\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(json(response).at("/metadata/name").asText()).isEqualTo("hello");
    assertThat(service.get("hello")).isPresent();
  }

  @Test
  void submitAnswersUnprocessableWithEveryError() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"yaml\": \"invalid\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("errors")).hasSize(1);
    assertThat(json(response).at("/errors/0/path").asText()).isEqualTo("spec.entrypoint");
    assertThat(json(response).at("/errors/0/line").asInt()).isEqualTo(3);
  }

  @Test
  void dryRunAnswersOkAndStoresNothing() {
    HttpResponse<String> response =
        api.post("/api/v1/workflows", "{\"yaml\": \"hello\", \"dryRun\": true}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).at("/metadata/name").asText()).isEqualTo("hello");
    assertThat(service.list()).isEmpty();
  }

  @Test
  void listReturnsItemsNewestFirst() {
    service.put(workflow("older"));
    service.put(workflow("newer"));

    HttpResponse<String> response = api.get("/api/v1/workflows");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).findValuesAsText("name")).containsExactly("newer", "older");
  }

  @Test
  void listOfNothingHasEmptyItems() {
    assertThat(api.get("/api/v1/workflows").body()).isEqualTo("{\"items\":[]}");
  }

  @Test
  void getReturnsTheWorkflowAndItsVersion() {
    service.put(workflow("hello"));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Wf-Version")).contains("1");
    assertThat(json(response).at("/metadata/name").asText()).isEqualTo("hello");
  }

  @Test
  void getLatestReturnsTheNewestWorkflow() {
    service.put(workflow("older"));
    service.put(workflow("newer"));

    HttpResponse<String> response = api.get("/api/v1/workflows/@latest");

    assertThat(json(response).at("/metadata/name").asText()).isEqualTo("newer");
    assertThat(response.headers().firstValue("X-Wf-Version")).contains("2");
  }

  @Test
  void getOfUnknownWorkflowIsNotFound() {
    HttpResponse<String> response = api.get("/api/v1/workflows/nope");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"message\":\"workflow \\\"nope\\\" not found\"}");
  }

  @Test
  void watchReturnsWhenTheVersionChanges() throws Exception {
    service.put(workflow("hello"));
    CompletableFuture<HttpResponse<String>> watch =
        api.getAsync("/api/v1/workflows/hello?watch=1&timeout=30");
    await().atMost(10, TimeUnit.SECONDS).until(() -> service.watchers() == 1);

    service.put(workflow("hello").withStatus(running()));

    HttpResponse<String> response = watch.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Wf-Version")).contains("2");
    assertThat(json(response).at("/status/phase").asText()).isEqualTo("Running");
  }

  @Test
  void watchReturnsAtOnceWhenTheVersionDiffersAlready() {
    service.put(workflow("hello"));
    service.put(workflow("hello").withStatus(running()));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello?watch=1&timeout=3600");

    assertThat(response.headers().firstValue("X-Wf-Version")).contains("2");
  }

  @Test
  void watchReturnsTheUnchangedWorkflowOnTimeout() {
    service.put(workflow("hello"));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello?watch=1&timeout=0");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Wf-Version")).contains("1");
  }

  @Test
  void closingTheServerEndsPendingWatches() {
    service.put(workflow("hello"));
    CompletableFuture<HttpResponse<String>> watch =
        api.getAsync("/api/v1/workflows/hello?watch=1&timeout=600");
    await().atMost(10, TimeUnit.SECONDS).until(() -> service.watchers() == 1);

    api.server.close();

    await().atMost(10, TimeUnit.SECONDS).until(() -> service.watchers() == 0);
    await().atMost(10, TimeUnit.SECONDS).until(watch::isDone);
  }

  @Test
  void deleteAnswersWithTheDeletedName() {
    service.put(workflow("hello"));

    HttpResponse<String> response = api.delete("/api/v1/workflows/hello");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"deleted\":\"hello\"}");
    assertThat(service.get("hello")).isEmpty();
  }

  @Test
  void deleteOfUnknownWorkflowIsNotFound() {
    assertThat(api.delete("/api/v1/workflows/nope").statusCode()).isEqualTo(404);
  }

  private static WorkflowStatus running() {
    return WorkflowStatus.EMPTY.withPhase(WorkflowPhase.RUNNING, null, Instant.EPOCH, null);
  }
}
