package dev.wf.api.spec;

import java.time.Instant;
import java.util.List;

/**
 * One node of a workflow's status, in Argo's shape. {@code id} is deterministic (workflow name and
 * a hash of {@code name}); {@code name} is the node's path, e.g. {@code wf[0].step} or {@code
 * wf.task}; pod nodes run as a step whose pod name is {@code id}.
 */
public record NodeStatus(
    String id,
    String name,
    String displayName,
    NodeType type,
    String templateName,
    TemplateRef templateRef,
    NodePhase phase,
    String boundaryID,
    List<String> children,
    List<String> outboundNodes,
    Inputs inputs,
    Outputs outputs,
    String message,
    Instant startedAt,
    Instant finishedAt,
    String progress,
    String hostNodeName,
    MemoizationStatus memoizationStatus,
    NodeSynchronizationStatus synchronizationStatus) {
  public NodeStatus {
    children = Lists.of(children);
    outboundNodes = Lists.of(outboundNodes);
  }

  public static NodeStatus create(
      String id,
      String name,
      String displayName,
      NodeType type,
      String templateName,
      String boundaryID,
      Instant now) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        null,
        NodePhase.PENDING,
        boundaryID,
        null,
        null,
        null,
        null,
        null,
        now,
        null,
        null,
        null,
        null,
        null);
  }

  public NodeStatus withPhase(NodePhase newPhase, String newMessage, Instant finished) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        templateRef,
        newPhase,
        boundaryID,
        children,
        outboundNodes,
        inputs,
        outputs,
        newMessage,
        startedAt,
        finished,
        progress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withChildren(List<String> newChildren) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        templateRef,
        phase,
        boundaryID,
        newChildren,
        outboundNodes,
        inputs,
        outputs,
        message,
        startedAt,
        finishedAt,
        progress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withOutboundNodes(List<String> newOutbound) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        templateRef,
        phase,
        boundaryID,
        children,
        newOutbound,
        inputs,
        outputs,
        message,
        startedAt,
        finishedAt,
        progress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withInputs(Inputs newInputs) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        templateRef,
        phase,
        boundaryID,
        children,
        outboundNodes,
        newInputs,
        outputs,
        message,
        startedAt,
        finishedAt,
        progress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withOutputs(Outputs newOutputs) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        templateRef,
        phase,
        boundaryID,
        children,
        outboundNodes,
        inputs,
        newOutputs,
        message,
        startedAt,
        finishedAt,
        progress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withTemplateRef(TemplateRef newRef) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        newRef,
        phase,
        boundaryID,
        children,
        outboundNodes,
        inputs,
        outputs,
        message,
        startedAt,
        finishedAt,
        progress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withProgress(String newProgress) {
    return new NodeStatus(
        id,
        name,
        displayName,
        type,
        templateName,
        templateRef,
        phase,
        boundaryID,
        children,
        outboundNodes,
        inputs,
        outputs,
        message,
        startedAt,
        finishedAt,
        newProgress,
        hostNodeName,
        memoizationStatus,
        synchronizationStatus);
  }

  public NodeStatus withMemoizationStatus(MemoizationStatus newStatus) {
    return ModelJson.with(this, "memoizationStatus", newStatus);
  }

  public NodeStatus withSynchronizationStatus(NodeSynchronizationStatus newStatus) {
    return ModelJson.with(this, "synchronizationStatus", newStatus);
  }

  public boolean fulfilled() {
    return phase.fulfilled();
  }
}
