package dev.wf.runtime.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.ModelJson;

class PodGcTest {
  static PodGc gc(String json) {
    return PodGc.of(ModelJson.read(json, JsonNode.class));
  }

  @Test
  void collectsNothingWithoutPodGc() {
    assertThat(PodGc.of(null)).isEqualTo(PodGc.NONE);
  }

  @Test
  void readsStrategyAndDelay() {
    PodGc gc = gc("{\"strategy\": \"OnPodSuccess\", \"deleteDelayDuration\": \"1m30s\"}");

    assertThat(gc.strategy()).isEqualTo(PodGc.Strategy.ON_POD_SUCCESS);
    assertThat(gc.deleteDelay()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void waitsFiveSecondsWhenNoDelayIsGiven() {
    assertThat(gc("{\"strategy\": \"OnPodCompletion\"}").deleteDelay())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void rejectsAnUnknownStrategy() {
    assertThatThrownBy(() -> gc("{\"strategy\": \"OnPodDone\"}"))
        .hasMessage(
            "podGC.strategy: \"OnPodDone\" is not one of OnPodCompletion, OnPodSuccess,"
                + " OnWorkflowCompletion, OnWorkflowSuccess");
  }

  @Test
  void selectsPodsByLabelsAndExpressions() {
    PodGc gc =
        gc(
            "{\"strategy\": \"OnPodCompletion\", \"labelSelector\": {\"matchLabels\": {\"a\": \"1\"},"
                + " \"matchExpressions\": [{\"key\": \"b\", \"operator\": \"NotIn\","
                + " \"values\": [\"x\"]}]}}");

    assertThat(gc.selector().matches(Map.of("a", "1", "b", "y"))).isTrue();
    assertThat(gc.selector().matches(Map.of("a", "1", "b", "x"))).isFalse();
    assertThat(gc.selector().matches(Map.of("b", "y"))).isFalse();
  }
}
