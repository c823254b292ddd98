package dev.wf.api.spec;

/** {@code templateRef}: one template of a stored (Cluster)WorkflowTemplate. */
public record TemplateRef(String name, String template, Boolean clusterScope) {
  public boolean cluster() {
    return Boolean.TRUE.equals(clusterScope);
  }
}
