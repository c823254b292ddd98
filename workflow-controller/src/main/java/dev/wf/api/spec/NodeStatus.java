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
    var c = new Copy(this);
    c.phase = newPhase;
    c.message = newMessage;
    c.finishedAt = finished;
    return c.build();
  }

  public NodeStatus withChildren(List<String> newChildren) {
    var c = new Copy(this);
    c.children = newChildren;
    return c.build();
  }

  public NodeStatus withOutboundNodes(List<String> newOutbound) {
    var c = new Copy(this);
    c.outboundNodes = newOutbound;
    return c.build();
  }

  public NodeStatus withInputs(Inputs newInputs) {
    var c = new Copy(this);
    c.inputs = newInputs;
    return c.build();
  }

  public NodeStatus withOutputs(Outputs newOutputs) {
    var c = new Copy(this);
    c.outputs = newOutputs;
    return c.build();
  }

  public NodeStatus withTemplateRef(TemplateRef newRef) {
    var c = new Copy(this);
    c.templateRef = newRef;
    return c.build();
  }

  public NodeStatus withProgress(String newProgress) {
    var c = new Copy(this);
    c.progress = newProgress;
    return c.build();
  }

  public NodeStatus withMemoizationStatus(MemoizationStatus newStatus) {
    var c = new Copy(this);
    c.memoizationStatus = newStatus;
    return c.build();
  }

  public NodeStatus withSynchronizationStatus(NodeSynchronizationStatus newStatus) {
    var c = new Copy(this);
    c.synchronizationStatus = newStatus;
    return c.build();
  }

  public boolean fulfilled() {
    return phase.fulfilled();
  }

  /** A mutable copy of a node, so each {@code withX} changes only what it names. */
  private static final class Copy {
    private String id;
    private String name;
    private String displayName;
    private NodeType type;
    private String templateName;
    private TemplateRef templateRef;
    private NodePhase phase;
    private String boundaryID;
    private List<String> children;
    private List<String> outboundNodes;
    private Inputs inputs;
    private Outputs outputs;
    private String message;
    private Instant startedAt;
    private Instant finishedAt;
    private String progress;
    private String hostNodeName;
    private MemoizationStatus memoizationStatus;
    private NodeSynchronizationStatus synchronizationStatus;

    Copy(NodeStatus n) {
      id = n.id;
      name = n.name;
      displayName = n.displayName;
      type = n.type;
      templateName = n.templateName;
      templateRef = n.templateRef;
      phase = n.phase;
      boundaryID = n.boundaryID;
      children = n.children;
      outboundNodes = n.outboundNodes;
      inputs = n.inputs;
      outputs = n.outputs;
      message = n.message;
      startedAt = n.startedAt;
      finishedAt = n.finishedAt;
      progress = n.progress;
      hostNodeName = n.hostNodeName;
      memoizationStatus = n.memoizationStatus;
      synchronizationStatus = n.synchronizationStatus;
    }

    NodeStatus build() {
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
          progress,
          hostNodeName,
          memoizationStatus,
          synchronizationStatus);
    }
  }
}
