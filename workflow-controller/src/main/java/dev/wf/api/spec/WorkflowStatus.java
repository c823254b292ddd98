package dev.wf.api.spec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workflow's status in Argo's shape. {@code storedTemplates} holds the templates that {@code
 * templateRef}s resolved to at submit time (key {@code "namespaced/NAME/TEMPLATE"} or {@code
 * "cluster/NAME/TEMPLATE"}), so a run never depends on a template that changes later. {@code
 * synchronization} records the locks it holds and waits for ({@link SynchronizationStatus}); {@code
 * artifactRepositoryRef} the artifact repository resolved when it was submitted; {@code conditions}
 * what went wrong besides the run itself (e.g. {@link Condition#ARTIFACT_GC_ERROR}). {@code
 * compressedNodes} holds the nodes, gzipped and base64-encoded, only as a cluster stores a large
 * status (Argo's field); the engine always reads {@code nodes}, which a store fills back in.
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
    List<Condition> conditions,
    String compressedNodes) {
  public static final WorkflowStatus EMPTY =
      new WorkflowStatus(
          null, null, null, null, null, null, null, null, null, null, null, null, null);

  public WorkflowStatus {
    nodes = Lists.of(nodes);
    storedTemplates = Lists.of(storedTemplates);
    conditions = Lists.of(conditions);
  }

  /** The ids of this status's nodes that {@code after} no longer has (all of them when null). */
  public Set<String> nodesRemovedIn(WorkflowStatus after) {
    var removed = new LinkedHashSet<>(nodes.keySet());
    if (after != null) removed.removeAll(after.nodes.keySet());
    return removed;
  }

  public WorkflowStatus withNode(NodeStatus node) {
    var next = new LinkedHashMap<>(nodes);
    next.put(node.id(), node);
    return withNodes(next);
  }

  /** This status with all its nodes replaced. */
  public WorkflowStatus withNodes(Map<String, NodeStatus> newNodes) {
    var c = new Copy(this);
    c.nodes = newNodes;
    return c.build();
  }

  public WorkflowStatus withPhase(
      WorkflowPhase newPhase, String newMessage, Instant started, Instant finished) {
    var c = new Copy(this);
    c.phase = newPhase;
    c.message = newMessage;
    c.startedAt = started;
    c.finishedAt = finished;
    return c.build();
  }

  public WorkflowStatus withProgress(String newProgress) {
    var c = new Copy(this);
    c.progress = newProgress;
    return c.build();
  }

  public WorkflowStatus withOutputs(Outputs newOutputs) {
    var c = new Copy(this);
    c.outputs = newOutputs;
    return c.build();
  }

  public WorkflowStatus withStoredTemplates(
      Map<String, Template> templates, WorkflowSpec templateSpec) {
    var c = new Copy(this);
    c.storedTemplates = templates;
    c.storedWorkflowTemplateSpec = templateSpec;
    return c.build();
  }

  /** This status holding and waiting for these locks; null or blank means none. */
  public WorkflowStatus withSynchronization(SynchronizationStatus newSynchronization) {
    var c = new Copy(this);
    c.synchronization =
        newSynchronization == null || newSynchronization.blank() ? null : newSynchronization;
    return c.build();
  }

  /** This status using the artifact repository {@code ref} (resolved at submit time). */
  public WorkflowStatus withArtifactRepositoryRef(ArtifactRepositoryRefStatus ref) {
    var c = new Copy(this);
    c.artifactRepositoryRef = ref;
    return c.build();
  }

  /** This status with its nodes stored compressed ({@code null}: not compressed). */
  public WorkflowStatus withCompressedNodes(String compressed) {
    var c = new Copy(this);
    c.compressedNodes = compressed;
    return c.build();
  }

  /** This status with {@code condition} added, replacing one of the same type. */
  public WorkflowStatus withCondition(Condition condition) {
    var next = new ArrayList<Condition>();
    for (Condition c : conditions) if (!c.type().equals(condition.type())) next.add(c);
    next.add(condition);
    var c = new Copy(this);
    c.conditions = next;
    return c.build();
  }

  /** A mutable copy of a status, so each {@code withX} changes only what it names. */
  private static final class Copy {
    private WorkflowPhase phase;
    private Instant startedAt;
    private Instant finishedAt;
    private String progress;
    private String message;
    private Map<String, NodeStatus> nodes;
    private Outputs outputs;
    private Map<String, Template> storedTemplates;
    private WorkflowSpec storedWorkflowTemplateSpec;
    private SynchronizationStatus synchronization;
    private ArtifactRepositoryRefStatus artifactRepositoryRef;
    private List<Condition> conditions;
    private String compressedNodes;

    Copy(WorkflowStatus s) {
      phase = s.phase;
      startedAt = s.startedAt;
      finishedAt = s.finishedAt;
      progress = s.progress;
      message = s.message;
      nodes = s.nodes;
      outputs = s.outputs;
      storedTemplates = s.storedTemplates;
      storedWorkflowTemplateSpec = s.storedWorkflowTemplateSpec;
      synchronization = s.synchronization;
      artifactRepositoryRef = s.artifactRepositoryRef;
      conditions = s.conditions;
      compressedNodes = s.compressedNodes;
    }

    WorkflowStatus build() {
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
          conditions,
          compressedNodes);
    }
  }
}
