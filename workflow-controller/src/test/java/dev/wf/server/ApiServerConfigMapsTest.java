package dev.wf.server;

import static dev.wf.server.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.store.ConfigMapStore;
import dev.wf.store.EmbeddedStore;

class ApiServerConfigMapsTest {
  @TempDir Path dir;
  private EmbeddedStore store;
  private TestApi api;
  private final List<String> changed = new ArrayList<>();

  @BeforeEach
  void start() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
    api =
        new TestApi(
            new InMemoryWorkflowService() {
              @Override
              public ConfigMapStore configMaps() {
                return store.configMaps();
              }

              @Override
              public void configMapChanged(String name) {
                changed.add(name);
              }
            });
  }

  @AfterEach
  void stop() {
    api.close();
    store.close();
  }

  private HttpResponse<String> create(String json) {
    return api.post("/api/v1/configmaps", json);
  }

  @Test
  void createAnswersCreatedWithTheStoredConfigMap() {
    HttpResponse<String> response =
        create("{\"metadata\": {\"name\": \"limits\"}, \"data\": {\"workflow\": \"2\"}}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).at("/data/workflow").asText()).isEqualTo("2");
    assertThat(json(response).at("/kind").asText()).isEqualTo("ConfigMap");
    assertThat(json(response).at("/metadata/creationTimestamp").isMissingNode()).isFalse();
  }

  @Test
  void createTellsTheServiceSoWaitersLookAgain() {
    create("{\"metadata\": {\"name\": \"limits\"}}");

    assertThat(changed).containsExactly("limits");
  }

  @Test
  void createOfATakenNameIsAConflict() {
    create("{\"metadata\": {\"name\": \"limits\"}}");

    HttpResponse<String> response = create("{\"metadata\": {\"name\": \"limits\"}}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).get("message").asText())
        .isEqualTo("configmap \"limits\" already exists");
  }

  @Test
  void createRefusesANameKubernetesWouldRefuse() {
    HttpResponse<String> response = create("{\"metadata\": {\"name\": \"My_Limits\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .startsWith("invalid ConfigMap name \"My_Limits\"");
  }

  @Test
  void createRefusesAnotherKind() {
    HttpResponse<String> response =
        create("{\"kind\": \"Secret\", \"metadata\": {\"name\": \"limits\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText())
        .isEqualTo("expected kind ConfigMap, found Secret");
  }

  @Test
  void listAnswersEveryConfigMap() {
    create("{\"metadata\": {\"name\": \"b\"}}");
    create("{\"metadata\": {\"name\": \"a\"}}");

    assertThat(json(api.get("/api/v1/configmaps")).findValuesAsText("name"))
        .containsExactly("a", "b");
  }

  @Test
  void getOfAnUnknownConfigMapIsNotFound() {
    HttpResponse<String> response = api.get("/api/v1/configmaps/nope");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText()).isEqualTo("configmap \"nope\" not found");
  }

  @Test
  void deleteAnswersWithTheDeletedName() {
    create("{\"metadata\": {\"name\": \"limits\"}}");

    HttpResponse<String> response = api.delete("/api/v1/configmaps/limits");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("deleted").asText()).isEqualTo("limits");
    assertThat(api.get("/api/v1/configmaps/limits").statusCode()).isEqualTo(404);
  }
}
