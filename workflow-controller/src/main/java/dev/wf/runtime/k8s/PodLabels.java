package dev.wf.runtime.k8s;

/**
 * Labels and annotations that tie pods and StepResults to their workflow and node. Selectors use
 * equality only (the mock API server ignores set-based ones).
 */
public final class PodLabels {
  /** Label: the workflow's name, on pods and StepResults. */
  public static final String WORKFLOW = "workflows.wf.dev/workflow";

  /** Annotation: the node id (a label value is limited to 63 characters; a node id may not be). */
  public static final String NODE_ID = "workflows.wf.dev/node-id";

  /** Label "true" on a pod the controller has read to the end, for pod garbage collection. */
  public static final String COMPLETED = "workflows.wf.dev/completed";

  /** Annotation: why the controller stopped this pod (the node's message). */
  public static final String KILLED = "workflows.wf.dev/killed";

  private PodLabels() {}
}
