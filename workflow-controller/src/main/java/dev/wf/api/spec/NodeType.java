package dev.wf.api.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a node in status, with Argo's names. */
public enum NodeType {
  POD("Pod"),
  CONTAINER("Container"),
  STEPS("Steps"),
  STEP_GROUP("StepGroup"),
  DAG("DAG"),
  TASK_GROUP("TaskGroup"),
  RETRY("Retry"),
  SKIPPED("Skipped"),
  SUSPEND("Suspend");

  private final String label;

  NodeType(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }
}
