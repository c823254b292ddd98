package dev.wf.api.spec;

/**
 * A reusable workflow spec, stored under a name: a WorkflowTemplate (namespaced) or, when {@link
 * #kind()} is {@code ClusterWorkflowTemplate}, one shared by every namespace.
 */
public record WorkflowTemplate(
    String apiVersion, String kind, ObjectMeta metadata, WorkflowSpec spec) implements Manifest {
  public static final String KIND = "WorkflowTemplate";
  public static final String CLUSTER_KIND = "ClusterWorkflowTemplate";

  public WorkflowTemplate {
    if (metadata == null) metadata = ObjectMeta.named(null);
    if (spec == null) spec = WorkflowSpec.EMPTY;
  }

  public boolean clusterScoped() {
    return CLUSTER_KIND.equals(kind);
  }

  public String name() {
    return metadata.name();
  }
}
