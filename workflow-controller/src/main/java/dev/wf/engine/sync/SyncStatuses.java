package dev.wf.engine.sync;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.SynchronizationStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

/**
 * Reads a workflow's part of the lock table from its stored status, so that the table can always be
 * rebuilt from statuses alone: what it holds ({@code status.synchronization} holdings), and what it
 * waits for (a Pending workflow without nodes: its waiting locks; a Pending node: the lock in its
 * {@code synchronizationStatus.waiting}).
 */
public final class SyncStatuses {
  private SyncStatuses() {}

  /** One holder key and one lock. */
  public record Hold(String lock, String holder) {}

  /** {@code namespace/name}, the holder key of a workflow-level lock. */
  public static String workflowKey(Workflow workflow) {
    String namespace = workflow.metadata().namespace();
    return (namespace == null || namespace.isBlank() ? "default" : namespace)
        + "/"
        + workflow.name();
  }

  /** The locks a status holds. */
  public static List<Hold> holds(WorkflowStatus status) {
    var holds = new ArrayList<Hold>();
    SynchronizationStatus sync = status == null ? null : status.synchronization();
    if (sync == null) return holds;
    if (sync.mutex() != null) {
      for (var held : sync.mutex().holding()) {
        if (held.mutex() != null && held.holder() != null)
          holds.add(new Hold(held.mutex(), held.holder()));
      }
    }
    if (sync.semaphore() != null) {
      for (var held : sync.semaphore().holding()) {
        for (String holder : held.holders()) holds.add(new Hold(held.semaphore(), holder));
      }
    }
    return holds;
  }

  /** The locks a workflow waits for, as its status records them. */
  public static List<Hold> waits(Workflow workflow) {
    var waits = new ArrayList<Hold>();
    WorkflowStatus status = workflow.status();
    if (status == null) return waits;
    String key = workflowKey(workflow);
    for (NodeStatus node : status.nodes().values()) {
      if (node.phase() == NodePhase.PENDING
          && node.synchronizationStatus() != null
          && node.synchronizationStatus().waiting() != null) {
        waits.add(new Hold(node.synchronizationStatus().waiting(), key + "/" + node.id()));
      }
    }
    SynchronizationStatus sync = status.synchronization();
    if (status.phase() != WorkflowPhase.PENDING || !status.nodes().isEmpty() || sync == null)
      return waits;
    if (sync.mutex() != null) {
      for (var waiting : sync.mutex().waiting()) waits.add(new Hold(waiting.mutex(), key));
    }
    if (sync.semaphore() != null) {
      for (var waiting : sync.semaphore().waiting()) waits.add(new Hold(waiting.semaphore(), key));
    }
    return waits;
  }
}
