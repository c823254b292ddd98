package dev.wf.server;

import static dev.wf.server.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiServerTemplatesTest {
  private final InMemoryWorkflowService service = new InMemoryWorkflowService();
  private final TestApi api = new TestApi(service);

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void createAnswersCreatedWithTheStoredTemplates() {
    HttpResponse<String> response =
        api.post("/api/v1/workflow-templates", "{\"file\": \"t.yaml\", \"yaml\": \"build\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).at("/items/0/metadata/name").asText()).isEqualTo("build");
    assertThat(json(response).at("/items/0/kind").asText()).isEqualTo("WorkflowTemplate");
  }

  @Test
  void createAnswersUnprocessableWithEveryError() {
    HttpResponse<String> response =
        api.post("/api/v1/workflow-templates", "{\"file\": \"t.yaml\", \"yaml\": \"invalid\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).at("/errors/0/message").asText()).isEqualTo("is missing");
  }

  @Test
  void putReplacesAStoredTemplate() {
    api.post("/api/v1/workflow-templates", "{\"yaml\": \"build\"}");

    HttpResponse<String> response =
        api.send(
            api.request("/api/v1/workflow-templates")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"yaml\": \"build\"}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).at("/items/0/metadata/name").asText()).isEqualTo("build");
  }

  @Test
  void putOfATemplateNotStoredIsUnprocessable() {
    HttpResponse<String> response =
        api.send(
            api.request("/api/v1/workflow-templates")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"yaml\": \"build\"}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(422);
  }

  @Test
  void createNeedsYaml() {
    HttpResponse<String> response = api.post("/api/v1/workflow-templates", "{\"file\": \"t\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .isEqualTo("the request needs a \"yaml\" field");
  }

  @Test
  void clusterTemplatesAreListedApart() {
    api.post("/api/v1/workflow-templates", "{\"yaml\": \"namespaced\"}");
    api.post("/api/v1/cluster-workflow-templates", "{\"yaml\": \"shared\"}");

    assertThat(json(api.get("/api/v1/cluster-workflow-templates")).findValuesAsText("name"))
        .containsExactly("shared");
    assertThat(json(api.get("/api/v1/workflow-templates")).findValuesAsText("name"))
        .containsExactly("namespaced");
  }

  @Test
  void getReturnsTheTemplate() {
    api.post("/api/v1/cluster-workflow-templates", "{\"yaml\": \"shared\"}");

    HttpResponse<String> response = api.get("/api/v1/cluster-workflow-templates/shared");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("kind").asText()).isEqualTo("ClusterWorkflowTemplate");
  }

  @Test
  void getOfUnknownTemplateIsNotFound() {
    HttpResponse<String> response = api.get("/api/v1/workflow-templates/nope");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText())
        .isEqualTo("workflow template \"nope\" not found");
  }

  @Test
  void deleteAnswersWithTheDeletedName() {
    api.post("/api/v1/workflow-templates", "{\"yaml\": \"build\"}");

    HttpResponse<String> response = api.delete("/api/v1/workflow-templates/build");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"deleted\":\"build\"}");
    assertThat(service.templates(false)).isEmpty();
  }

  @Test
  void deleteOfUnknownClusterTemplateIsNotFound() {
    HttpResponse<String> response = api.delete("/api/v1/cluster-workflow-templates/nope");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText())
        .isEqualTo("cluster workflow template \"nope\" not found");
  }
}
