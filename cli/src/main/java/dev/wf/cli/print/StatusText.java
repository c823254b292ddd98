package dev.wf.cli.print;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;

/**
 * A workflow's status in one word or two, as argo shows it: the phase, {@code Running (Suspended)}
 * while it waits at a suspend, {@code Failed (Terminated)} after a shutdown.
 */
public final class StatusText {
  private StatusText() {}

  public static String of(Workflow workflow) {
    WorkflowStatus status = workflow.status();
    WorkflowPhase phase = status == null ? null : status.phase();
    if (phase == null) {
      return WorkflowPhase.PENDING.label();
    }
    if (phase == WorkflowPhase.RUNNING && suspended(workflow)) {
      return phase.label() + " (Suspended)";
    }
    if ((phase == WorkflowPhase.FAILED || phase == WorkflowPhase.ERROR)
        && workflow.spec().shutdown() != null
        && !workflow.spec().shutdown().isEmpty()) {
      return phase.label() + " (Terminated)";
    }
    return phase.label();
  }

  private static boolean suspended(Workflow workflow) {
    if (Boolean.TRUE.equals(workflow.spec().suspend())) {
      return true;
    }
    return workflow.status().nodes().values().stream()
        .anyMatch(n -> n.type() == NodeType.SUSPEND && n.phase() == NodePhase.RUNNING);
  }
}
