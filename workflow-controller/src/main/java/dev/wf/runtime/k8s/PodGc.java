package dev.wf.runtime.k8s;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Durations;

/**
 * A workflow's {@code podGC}: when its step pods are deleted ({@code strategy}), which of them
 * ({@code labelSelector}) and how long after they qualify ({@code deleteDelayDuration}, five
 * seconds when unset, as Argo's controller defaults it).
 */
public record PodGc(Strategy strategy, PodSelector selector, Duration deleteDelay) {
  /** Argo's default delay before a pod in the GC queue is deleted. */
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(5);

  /** No pod garbage collection: pods stay until their workflow is deleted. */
  public static final PodGc NONE = new PodGc(Strategy.NONE, PodSelector.EVERYTHING, DEFAULT_DELAY);

  /** When pods are deleted. */
  public enum Strategy {
    NONE(""),
    ON_POD_COMPLETION("OnPodCompletion"),
    ON_POD_SUCCESS("OnPodSuccess"),
    ON_WORKFLOW_COMPLETION("OnWorkflowCompletion"),
    ON_WORKFLOW_SUCCESS("OnWorkflowSuccess");

    private final String yaml;

    Strategy(String yaml) {
      this.yaml = yaml;
    }

    static Strategy of(String text) {
      for (Strategy strategy : values()) {
        if (strategy.yaml.equals(text)) return strategy;
      }
      throw new IllegalArgumentException(
          "podGC.strategy: \""
              + text
              + "\" is not one of OnPodCompletion, OnPodSuccess, OnWorkflowCompletion,"
              + " OnWorkflowSuccess");
    }
  }

  public PodGc {
    selector = selector == null ? PodSelector.EVERYTHING : selector;
    deleteDelay = deleteDelay == null ? DEFAULT_DELAY : deleteDelay;
  }

  /**
   * Reads a workflow spec's {@code podGC} (null or missing: {@link #NONE}).
   *
   * @throws IllegalArgumentException naming the field when a value is not allowed
   */
  public static PodGc of(JsonNode podGC) {
    if (podGC == null || podGC.isNull() || podGC.isMissingNode()) return NONE;
    Strategy strategy = Strategy.of(podGC.path("strategy").asText(""));
    PodSelector selector = PodSelector.of(podGC.get("labelSelector"), "podGC.labelSelector");
    String delay = podGC.path("deleteDelayDuration").asText("");
    try {
      return new PodGc(strategy, selector, delay.isEmpty() ? null : Durations.parse(delay));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("podGC.deleteDelayDuration: " + e.getMessage(), e);
    }
  }
}
