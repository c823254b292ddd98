package dev.wf.api.spec;

/** A workflow started on a schedule. Parsed and validated now; scheduled in a later issue. */
public record CronWorkflow(
    String apiVersion, String kind, ObjectMeta metadata, CronWorkflowSpec spec)
    implements Manifest {
  public static final String KIND = "CronWorkflow";

  public CronWorkflow {
    if (metadata == null) metadata = ObjectMeta.named(null);
  }
}
