package dev.wf.engine;

import java.util.List;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;

/**
 * The first step of a pass over a workflow being shut down ({@code spec.shutdown}), as Argo's
 * controller takes it: every unfinished step that the strategy does not let run is killed and
 * fails, and every waiting suspend node fails. The walk that follows then ends the nodes above
 * them, and starts nothing new where the strategy forbids it.
 */
final class ShutdownSweep {
  private ShutdownSweep() {}

  static void apply(Pass pass) {
    ShutdownStrategy strategy = pass.shutdown;
    for (NodeStatus node : List.copyOf(pass.nodes().values())) {
      if (node.fulfilled() || strategy.runs(pass.inExitHandler(node))) continue;
      switch (node.type()) {
        case POD, CONTAINER -> stopStep(pass, node, strategy.stepMessage());
        case SUSPEND -> NodeRunner.finish(pass, node, NodePhase.FAILED, strategy.stoppedMessage());
        default -> {}
      }
    }
  }

  /** Kills the node's step if it runs; a step that has ended keeps its result for the walk. */
  private static void stopStep(Pass pass, NodeStatus node, String message) {
    StepState step = pass.steps.get(node.id());
    if (step != null && step.done()) return;
    if (step != null) pass.act(new Action.KillStep(pass.name(), node.id(), message));
    NodeRunner.finish(pass, node, NodePhase.FAILED, message);
  }
}
