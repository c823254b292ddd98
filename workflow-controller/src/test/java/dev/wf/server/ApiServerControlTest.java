package dev.wf.server;

import static dev.wf.server.InMemoryWorkflowService.workflow;
import static dev.wf.server.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The control verbs over HTTP: {@code PUT /api/v1/workflows/{name}/VERB}. */
class ApiServerControlTest {
  private final InMemoryWorkflowService service = new InMemoryWorkflowService();
  private final TestApi api = new TestApi(service);

  @AfterEach
  void close() {
    api.close();
  }

  private HttpResponse<String> put(String path, String body) {
    return api.send(api.request(path).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @Test
  void suspendAnswersWithTheChangedWorkflow() {
    service.put(workflow("hello"));

    HttpResponse<String> response = put("/api/v1/workflows/hello/suspend", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).at("/spec/suspend").asBoolean()).isTrue();
    assertThat(service.controls()).containsExactly("suspend hello");
  }

  @Test
  void resumePassesTheNodeFieldSelector() {
    service.put(workflow("hello"));

    put("/api/v1/workflows/hello/resume", "{\"nodeFieldSelector\": \"displayName=approve\"}");

    assertThat(service.controls())
        .containsExactly("resume hello ResumeRequest[nodeFieldSelector=displayName=approve]");
  }

  @Test
  void retryPassesParametersAndRestartOptions() {
    service.put(workflow("hello"));

    HttpResponse<String> response =
        put(
            "/api/v1/workflows/hello/retry",
            "{\"parameters\": {\"a\": \"1\"}, \"restartSuccessful\": true,"
                + " \"nodeFieldSelector\": \"name=x\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(service.controls())
        .containsExactly(
            "retry hello RetryRequest[parameters={a=1}, restartSuccessful=true,"
                + " nodeFieldSelector=name=x]");
  }

  @Test
  void controlVerbsResolveLatest() {
    service.put(workflow("older"));
    service.put(workflow("newer"));

    put("/api/v1/workflows/@latest/terminate", "");

    assertThat(service.controls()).containsExactly("terminate newer");
  }

  @Test
  void resubmitAnswersCreatedWithTheNewWorkflow() {
    service.put(workflow("hello"));

    HttpResponse<String> response = put("/api/v1/workflows/hello/resubmit", "{\"memoized\": true}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).at("/metadata/name").asText()).isEqualTo("hello-new");
  }

  @Test
  void aRefusalIsABadRequestWithItsReason() {
    service.put(workflow("refused"));

    HttpResponse<String> response = put("/api/v1/workflows/refused/stop", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .isEqualTo("workflow \"refused\" has completed");
  }

  @Test
  void aMissingWorkflowIsNotFound() {
    HttpResponse<String> response = put("/api/v1/workflows/nope/suspend", "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText()).isEqualTo("workflow \"nope\" not found");
  }

  @Test
  void nodeSetNeedsABody() {
    service.put(workflow("hello"));

    HttpResponse<String> response = put("/api/v1/workflows/hello/set", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).isEqualTo("the request needs a JSON body");
  }
}
