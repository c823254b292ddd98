package dev.wf.engine;

import java.util.List;

/**
 * What deleting a workflow did: whether it existed and was removed, how many of its artifacts were
 * deleted with it (strategy {@code OnWorkflowDeletion}, or {@code OnWorkflowCompletion} for one
 * that had not completed), and why artifacts could not be deleted. A workflow whose artifacts could
 * not all be deleted is kept (with an {@code ArtifactGCError} condition) unless forced.
 */
public record WorkflowDeletion(
    boolean found, boolean deleted, int artifactsDeleted, List<String> failures) {
  public static final WorkflowDeletion NOT_FOUND = new WorkflowDeletion(false, false, 0, List.of());

  public WorkflowDeletion {
    failures = List.copyOf(failures);
  }
}
