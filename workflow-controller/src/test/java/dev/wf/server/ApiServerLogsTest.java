package dev.wf.server;

import static dev.wf.server.InMemoryWorkflowService.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.wf.api.spec.ModelJson;
import dev.wf.server.WorkflowService.LogLine;

@Timeout(30)
class ApiServerLogsTest {
  private final InMemoryWorkflowService service = new InMemoryWorkflowService();
  private final TestApi api = new TestApi(service);

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void logsAreOneJsonLinePerLogLine() {
    service.put(workflow("hello"));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello/log");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/x-ndjson");
    assertThat(response.body().lines().map(line -> ModelJson.read(line, LogLine.class)))
        .containsExactly(
            new LogLine("hello-one", "one", "hello from one"),
            new LogLine("hello-two", "two", "hello from two"));
  }

  @Test
  void logsOfOneStepOnly() {
    service.put(workflow("hello"));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello/log?step=two");

    assertThat(response.body().lines().toList())
        .containsExactly(ModelJson.write(new LogLine("hello-two", "two", "hello from two")));
  }

  @Test
  void followSendsEachLineAsSoonAsItIsWritten() throws Exception {
    service.put(workflow("hello"));

    HttpResponse<Stream<String>> response =
        api.send(
            api.request("/api/v1/workflows/hello/log?follow=true").GET().build(),
            HttpResponse.BodyHandlers.ofLines());

    Iterator<String> lines = response.body().iterator();
    assertThat(lines.next()).contains("hello from one");
    service.finishLogs();
    assertThat(lines.next()).contains("hello from two");
    assertThat(lines.hasNext()).isFalse();
  }

  @Test
  void logsOfUnknownWorkflowAreNotFound() {
    HttpResponse<String> response = api.get("/api/v1/workflows/nope/log");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("workflow \\\"nope\\\" not found");
  }

  @Test
  void followMustBeTrueOrFalse() {
    service.put(workflow("hello"));

    HttpResponse<String> response = api.get("/api/v1/workflows/hello/log?follow=maybe");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"message\":\"follow must be true or false\"}");
  }

  @Test
  void logsOfLatestWorkflow() {
    service.put(workflow("older"));
    service.put(workflow("newer"));

    List<String> lines = api.get("/api/v1/workflows/@latest/log").body().lines().toList();

    assertThat(lines).hasSize(2).allMatch(line -> line.contains("newer-"));
  }
}
