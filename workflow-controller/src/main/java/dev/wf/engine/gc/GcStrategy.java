package dev.wf.engine.gc;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When a workflow's output artifacts are deleted ({@code artifactGC.strategy}, as Argo names it):
 * when the workflow completes, when it is deleted, or never. An artifact's own strategy overrides
 * the workflow's; with neither set, artifacts are kept.
 */
public enum GcStrategy {
  ON_WORKFLOW_COMPLETION("OnWorkflowCompletion"),
  ON_WORKFLOW_DELETION("OnWorkflowDeletion"),
  NEVER("Never");

  private final String label;

  GcStrategy(String label) {
    this.label = label;
  }

  /** The name in YAML, e.g. {@code OnWorkflowCompletion}. */
  public String label() {
    return label;
  }

  /**
   * The strategy an {@code artifactGC} object sets; empty when it is absent, sets none ({@code
   * ""}), or names one this version does not know (validation reports those).
   */
  public static Optional<GcStrategy> of(JsonNode artifactGC) {
    if (artifactGC == null || !artifactGC.path("strategy").isTextual()) return Optional.empty();
    String name = artifactGC.path("strategy").asText();
    for (GcStrategy s : values()) if (s.label.equals(name)) return Optional.of(s);
    return Optional.empty();
  }

  /** The strategy that holds for an artifact: its own, else the workflow's, else {@link #NEVER}. */
  public static GcStrategy effective(JsonNode artifactLevel, JsonNode workflowLevel) {
    return of(artifactLevel).or(() -> of(workflowLevel)).orElse(NEVER);
  }
}
