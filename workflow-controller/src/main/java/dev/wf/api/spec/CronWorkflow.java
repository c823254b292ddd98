package dev.wf.api.spec;

/** A workflow started on a schedule: when and how ({@code spec}), and what the scheduler did. */
public record CronWorkflow(
    String apiVersion,
    String kind,
    ObjectMeta metadata,
    CronWorkflowSpec spec,
    CronWorkflowStatus status)
    implements Manifest {
  public static final String KIND = "CronWorkflow";

  public CronWorkflow {
    if (metadata == null) metadata = ObjectMeta.named(null);
    if (status == null) status = CronWorkflowStatus.EMPTY;
  }

  public String name() {
    return metadata.name();
  }

  public CronWorkflow withStatus(CronWorkflowStatus newStatus) {
    return new CronWorkflow(apiVersion, kind, metadata, spec, newStatus);
  }

  public CronWorkflow withMetadata(ObjectMeta newMetadata) {
    return new CronWorkflow(apiVersion, kind, newMetadata, spec, status);
  }

  public CronWorkflow withSpec(CronWorkflowSpec newSpec) {
    return new CronWorkflow(apiVersion, kind, metadata, newSpec, status);
  }
}
