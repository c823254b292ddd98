package dev.wf.engine;

import java.util.Map;

import dev.wf.api.spec.LifecycleHook;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.WorkflowPhase;

/**
 * What runs around the entrypoint, in Argo's order, in every pass after it: {@code workflow.status}
 * and {@code workflow.failures} are bound from the tree as it stands; the hooks of {@code
 * spec.hooks} other than {@code exit} start (as {@code <workflow>.hooks.<name>}, children of the
 * entrypoint's node) from the first pass in which their expression holds; once they have all ended
 * and the entrypoint has too, the exit handler ({@code spec.onExit}, else {@code spec.hooks.exit})
 * runs as {@code <workflow>.onExit}. The workflow ends when all of that has.
 */
final class WorkflowHooks {
  private WorkflowHooks() {}

  /**
   * Where the workflow stands after a pass: whether everything has ended, its entrypoint's node and
   * its exit handler's node (null when it has none, or has not started it).
   */
  record Outcome(boolean ended, NodeStatus root, NodeStatus exit) {}

  /** The value {@code workflow.status} has while nothing has ended yet. */
  static final String RUNNING = WorkflowPhase.RUNNING.label();

  static Outcome advance(Pass pass, NodeRunner runner, NodeStatus root) {
    bindStatus(pass, root);
    boolean hooksEnded;
    try {
      hooksEnded = advanceHooks(pass, runner, root);
    } catch (IllegalArgumentException e) {
      // Argo errors the workflow's node when one of its hooks cannot be evaluated.
      if (pass.node(root.id()).phase() != NodePhase.ERROR) {
        Deadlines.expire(pass, pass.node(root.id()), e.getMessage());
        NodeRunner.finish(pass, pass.node(root.id()), NodePhase.ERROR, e.getMessage());
        bindStatus(pass, pass.node(root.id()));
      }
      hooksEnded = true;
    }
    root = pass.node(root.id());
    if (!hooksEnded || !root.fulfilled()) return new Outcome(false, root, null);
    LifecycleHook exitHook =
        NodeHooks.exitHook(pass.spec.onExit(), pass.spec.hooks(), pass.spec.arguments());
    if (exitHook == null) return new Outcome(true, root, null);
    String exitName = ExitHandlerNodes.rootName(pass.name());
    // Terminate starts no exit handler; one that had started already is ended by the sweep.
    if (pass.shutdown != null && pass.nodeNamed(exitName) == null && !pass.shutdown.runs(true))
      return new Outcome(true, root, null);
    pass.enterExitHandler();
    NodeStatus exit = run(pass, runner, exitName, exitHook, null);
    return new Outcome(exit != null && exit.fulfilled(), root, exit);
  }

  /** {@code workflow.status} from the entrypoint's phase, and {@code workflow.failures}. */
  private static void bindStatus(Pass pass, NodeStatus root) {
    pass.globals.put("workflow.status", status(root.phase()));
    pass.globals.put("workflow.failures", WorkflowFailures.of(pass.nodes().values()));
  }

  private static String status(NodePhase phase) {
    return switch (phase) {
      case PENDING -> WorkflowPhase.PENDING.label();
      case RUNNING -> RUNNING;
      case FAILED -> WorkflowPhase.FAILED.label();
      case ERROR -> WorkflowPhase.ERROR.label();
      default -> WorkflowPhase.SUCCEEDED.label();
    };
  }

  private static boolean advanceHooks(Pass pass, NodeRunner runner, NodeStatus root) {
    boolean ended = true;
    for (Map.Entry<String, LifecycleHook> entry : pass.spec.hooks().entrySet()) {
      if (NodeHooks.EXIT.equals(entry.getKey())) continue;
      String nodeName = pass.name() + ".hooks." + entry.getKey();
      if (pass.nodeNamed(nodeName) == null
          && !NodeHooks.holds(entry.getValue(), nodeName, pass.globals)) continue;
      NodeStatus hook = run(pass, runner, nodeName, entry.getValue(), root);
      ended &= hook != null && hook.fulfilled();
    }
    return ended;
  }

  /** Runs a workflow-level hook as node {@code nodeName}, a child of {@code parent} if given. */
  private static NodeStatus run(
      Pass pass, NodeRunner runner, String nodeName, LifecycleHook hook, NodeStatus parent) {
    var target = new CallTarget(hook.template(), hook.templateRef(), null);
    var call = new Call(nodeName, nodeName, target, null, TemplateScope.WORKFLOW, null);
    if (parent != null)
      return NodeHooks.start(pass, runner, call, hook.arguments(), pass.globals, parent);
    if (pass.nodeNamed(nodeName) != null) return runner.run(pass, call);
    return CallSites.start(pass, runner, call, null, hook.arguments(), pass.globals);
  }
}
