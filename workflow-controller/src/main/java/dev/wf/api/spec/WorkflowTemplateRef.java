package dev.wf.api.spec;

/** {@code spec.workflowTemplateRef}: run a stored (Cluster)WorkflowTemplate as this workflow. */
public record WorkflowTemplateRef(String name, Boolean clusterScope) {
  public boolean cluster() {
    return Boolean.TRUE.equals(clusterScope);
  }
}
