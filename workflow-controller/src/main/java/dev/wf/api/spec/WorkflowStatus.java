package dev.wf.api.spec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workflow's status in Argo's shape. {@code storedTemplates} holds the templates that {@code
 * templateRef}s resolved to at submit time (key {@code "namespaced/NAME/TEMPLATE"} or {@code
 * "cluster/NAME/TEMPLATE"}), so a run never depends on a template that changes later. {@code
 * synchronization} records the locks it holds and waits for ({@link SynchronizationStatus}); {@code
 * artifactRepositoryRef} the artifact repository resolved when it was submitted; {@code conditions}
 * what went wrong besides the run itself (e.g. {@link Condition#ARTIFACT_GC_ERROR}).
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
    WorkflowSpec storedWorkflowTemplateSpec,
    SynchronizationStatus synchronization,
    ArtifactRepositoryRefStatus artifactRepositoryRef,
    List<Condition> conditions) {
  public static final WorkflowStatus EMPTY =
      new WorkflowStatus(null, null, null, null, null, null, null, null, null, null, null, null);

  public WorkflowStatus {
    nodes = Lists.of(nodes);
    storedTemplates = Lists.of(storedTemplates);
    conditions = Lists.of(conditions);
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
        storedWorkflowTemplateSpec,
        synchronization,
        artifactRepositoryRef,
        conditions);
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
        storedWorkflowTemplateSpec,
        synchronization,
        artifactRepositoryRef,
        conditions);
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
        storedWorkflowTemplateSpec,
        synchronization,
        artifactRepositoryRef,
        conditions);
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
        storedWorkflowTemplateSpec,
        synchronization,
        artifactRepositoryRef,
        conditions);
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
        storedWorkflowTemplateSpec,
        synchronization,
        artifactRepositoryRef,
        conditions);
  }

  public WorkflowStatus withStoredTemplates(
      Map<String, Template> templates, WorkflowSpec templateSpec) {
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        nodes,
        outputs,
        templates,
        templateSpec,
        synchronization,
        artifactRepositoryRef,
        conditions);
  }

  /** This status holding and waiting for these locks; null or blank means none. */
  public WorkflowStatus withSynchronization(SynchronizationStatus newSynchronization) {
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        nodes,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec,
        newSynchronization == null || newSynchronization.blank() ? null : newSynchronization,
        artifactRepositoryRef,
        conditions);
  }

  /** This status using the artifact repository {@code ref} (resolved at submit time). */
  public WorkflowStatus withArtifactRepositoryRef(ArtifactRepositoryRefStatus ref) {
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        nodes,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec,
        synchronization,
        ref,
        conditions);
  }

  /** This status with {@code condition} added, replacing one of the same type. */
  public WorkflowStatus withCondition(Condition condition) {
    var next = new ArrayList<Condition>();
    for (Condition c : conditions) if (!c.type().equals(condition.type())) next.add(c);
    next.add(condition);
    return new WorkflowStatus(
        phase,
        startedAt,
        finishedAt,
        progress,
        message,
        nodes,
        outputs,
        storedTemplates,
        storedWorkflowTemplateSpec,
        synchronization,
        artifactRepositoryRef,
        next);
  }
}
