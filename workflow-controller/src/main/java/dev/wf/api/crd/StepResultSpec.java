package dev.wf.api.crd;

/**
 * Which step a {@link StepResultResource} reports on: the workflow's name and the node's id (both
 * in the resource's namespace).
 */
public record StepResultSpec(String workflowName, String nodeId) {}
