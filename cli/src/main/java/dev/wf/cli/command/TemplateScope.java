package dev.wf.cli.command;

/** Which kind of stored template a {@code template} verb works on. */
interface TemplateScope {
  boolean clusterScoped();

  /** {@code WorkflowTemplate} or {@code ClusterWorkflowTemplate}, for messages. */
  String kind();
}
