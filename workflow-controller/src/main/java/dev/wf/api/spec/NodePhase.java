package dev.wf.api.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** The phase of one node, with Argo's names. */
public enum NodePhase {
  PENDING("Pending"),
  RUNNING("Running"),
  SUCCEEDED("Succeeded"),
  SKIPPED("Skipped"),
  FAILED("Failed"),
  ERROR("Error"),
  OMITTED("Omitted");

  private final String label;

  NodePhase(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Succeeded, Skipped, Failed, Error and Omitted are final. */
  public boolean fulfilled() {
    return this != PENDING && this != RUNNING;
  }

  public boolean failedOrErrored() {
    return this == FAILED || this == ERROR;
  }
}
