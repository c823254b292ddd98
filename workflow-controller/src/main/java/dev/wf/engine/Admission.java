package dev.wf.engine;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;

/**
 * Prepares the status of a workflow stored without one, before its first pass: a cluster's
 * controller gets workflows from {@code kubectl create} and {@code wf --kube} that way, and checks
 * and resolves them itself (its stored templates, its artifact repository). The local server
 * prepares workflows when they are submitted, so it admits nothing.
 */
@FunctionalInterface
public interface Admission {
  /** Admits nothing: the workflow's first pass starts from no status. */
  Admission NONE = workflow -> null;

  /**
   * The status {@code workflow} starts from.
   *
   * @throws IllegalArgumentException when the workflow cannot run; the message says why and the
   *     workflow ends in {@code Error} with it
   */
  WorkflowStatus admit(Workflow workflow);
}
