package dev.wf.server;

import static dev.wf.server.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Workflow;
import dev.wf.store.AlreadyExistsException;

/** Routing, malformed requests, failures of the service, and the server's own endpoints. */
class ApiServerRequestsTest {
  private final InMemoryWorkflowService service =
      new InMemoryWorkflowService() {
        @Override
        public List<Workflow> list() {
          throw new IllegalStateException("disk on fire");
        }

        @Override
        public SubmitOutcome submit(SubmitRequest request) {
          if ("taken".equals(request.yaml())) throw new AlreadyExistsException("workflow", "taken");
          return super.submit(request);
        }
      };
  private final TestApi api = new TestApi(service);

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void versionNamesTheServerAndItsProcess() {
    HttpResponse<String> response = api.get("/api/v1/version");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("version").asText()).isEqualTo("0.1.0");
    assertThat(json(response).get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
  }

  @Test
  void shutdownAnswersThenRunsTheShutdownAction() throws InterruptedException {
    HttpResponse<String> response = api.post("/api/v1/shutdown", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"message\":\"stopping\"}");
    assertThat(api.shutdownRequested.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void unknownPathIsNotFound() {
    HttpResponse<String> response = api.get("/api/v1/nothing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText())
        .isEqualTo("no such endpoint: GET /api/v1/nothing");
  }

  @Test
  void knownPathWithOtherMethodIsNotAllowed() {
    HttpResponse<String> response = api.delete("/api/v1/workflows");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST, GET");
  }

  @Test
  void malformedJsonIsBadRequest() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"yaml\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .startsWith("malformed request body: not valid JSON (line 1");
  }

  @Test
  void unknownFieldIsBadRequestNamingIt() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"yml\": \"x\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .startsWith("malformed request body: unknown field \"yml\" (allowed: [dryRun,");
  }

  @Test
  void wrongFieldTypeIsBadRequestNamingIt() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"parameters\": [1]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .startsWith("malformed request body: field \"parameters\" has the wrong type");
  }

  @Test
  void emptyBodyIsBadRequest() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).isEqualTo("the request needs a JSON body");
  }

  @Test
  void submissionWithoutYamlOrTemplateIsBadRequest() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"name\": \"x\"}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void badWatchTimeoutIsBadRequest() {
    service.put(InMemoryWorkflowService.workflow("hello"));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello?watch=1&timeout=soon");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).startsWith("timeout must be");
  }

  @Test
  void takenNameIsConflict() {
    HttpResponse<String> response = api.post("/api/v1/workflows", "{\"yaml\": \"taken\"}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("message").asText())
        .isEqualTo("workflow \"taken\" already exists");
  }

  @Test
  void serviceFailureIsInternalErrorWithoutStackTrace() {
    HttpResponse<String> response = api.get("/api/v1/workflows");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\":\"internal error: disk on fire\"}");
  }
}
