package dev.wf.api.spec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workflow's status in Argo's shape. {@code storedTemplates} holds the templates that {@code
 * templateRef}s resolved to at submit time (key {@code "namespaced/NAME/TEMPLATE"} or {@code
 * "cluster/NAME/TEMPLATE"}), so a run never depends on a template that changes later.
 */
public record WorkflowStatus(
    WorkflowPhase phase,
    Instant startedAt,
    Instant finishedAt,
    String progress,
    String message,
    Map<String, NodeStatus> nodes,
    Outputs outputs,
    Map<String, Template> storedTemplates,
    WorkflowSpec storedWorkflowTemplateSpec) {
  public static final WorkflowStatus EMPTY =
      new WorkflowStatus(null, null, null, null, null, null, null, null, null);

  public WorkflowStatus {
    nodes = Lists.of(nodes);
    storedTemplates = Lists.of(storedTemplates);
  }

  public WorkflowStatus withNode(NodeStatus node) {
    var next = new LinkedHashMap<>(nodes);
    next.put(node.id(), node);
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        next,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec);
  }

  /** This status with all its nodes replaced. */
  public WorkflowStatus withNodes(Map<String, NodeStatus> newNodes) {
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        newNodes,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec);
  }

  public WorkflowStatus withPhase(
      WorkflowPhase newPhase, String newMessage, Instant started, Instant finished) {
    return new WorkflowStatus(
        newPhase,
        started,
        finished,
        progress,
        newMessage,
        nodes,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec);
  }

  public WorkflowStatus withProgress(String newProgress) {
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        newProgress,
        message,
        nodes,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec);
  }

  public WorkflowStatus withOutputs(Outputs newOutputs) {
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        nodes,
        newOutputs,
        storedTemplates,
        storedWorkflowTemplateSpec);
  }

  public WorkflowStatus withStoredTemplates(
      Map<String, Template> templates, WorkflowSpec templateSpec) {
    return new WorkflowStatus(
        phase, startedAt, finishedAt, progress, message, nodes, outputs, templates, templateSpec);
  }
}
