package dev.wf.api.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** The phase of a workflow, with Argo's names. */
public enum WorkflowPhase {
  PENDING("Pending"),
  RUNNING("Running"),
  SUCCEEDED("Succeeded"),
  FAILED("Failed"),
  ERROR("Error");

  private final String label;

  WorkflowPhase(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public boolean completed() {
    return this == SUCCEEDED || this == FAILED || this == ERROR;
  }
}
