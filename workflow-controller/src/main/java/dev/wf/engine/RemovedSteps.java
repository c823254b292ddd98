package dev.wf.engine;

import java.util.Map;

import dev.wf.api.spec.Workflow;
import dev.wf.runtime.StepRuntime;

/**
 * Steps whose nodes someone else removed from a workflow's status, as {@code wf --kube retry} does
 * through a cluster's API while the controller runs elsewhere: the runtime still holds their ends,
 * so it forgets them and their nodes run again as new steps. Only ended steps count: a step still
 * running for a node the status lacks is one a pass started before another writer's change won, and
 * it is left to run.
 */
final class RemovedSteps {
  private RemovedSteps() {}

  /** Forgets the ended steps of {@code stored} that its status no longer has nodes for. */
  static void forget(StepRuntime runtime, Workflow stored) {
    if (stored.status() == null) return;
    var nodes = stored.status().nodes();
    for (Map.Entry<String, StepState> step : runtime.observe(stored.name()).entrySet()) {
      if (step.getValue().done() && !nodes.containsKey(step.getKey())) {
        runtime.forget(stored.name(), step.getKey());
      }
    }
  }
}
