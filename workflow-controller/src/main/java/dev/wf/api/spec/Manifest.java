package dev.wf.api.spec;

/** One document of a workflow file: a Workflow, a (Cluster)WorkflowTemplate or a CronWorkflow. */
public sealed interface Manifest permits Workflow, WorkflowTemplate, CronWorkflow {
  String apiVersion();

  String kind();

  ObjectMeta metadata();
}
