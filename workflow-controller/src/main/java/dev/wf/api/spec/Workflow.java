package dev.wf.api.spec;

/** A workflow: its spec as submitted and its status as the engine last persisted it. */
public record Workflow(
    String apiVersion, String kind, ObjectMeta metadata, WorkflowSpec spec, WorkflowStatus status)
    implements Manifest {
  public static final String KIND = "Workflow";

  public Workflow {
    if (metadata == null) metadata = ObjectMeta.named(null);
    if (spec == null) spec = WorkflowSpec.EMPTY;
  }

  public String name() {
    return metadata.name();
  }

  public Workflow withStatus(WorkflowStatus newStatus) {
    return new Workflow(apiVersion, kind, metadata, spec, newStatus);
  }

  public Workflow withMetadata(ObjectMeta newMetadata) {
    return new Workflow(apiVersion, kind, newMetadata, spec, status);
  }

  public Workflow withSpec(WorkflowSpec newSpec) {
    return new Workflow(apiVersion, kind, metadata, newSpec, status);
  }
}
