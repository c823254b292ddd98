package dev.wf.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowStep;

/**
 * A {@code steps} node: step groups run one after another, the steps of a group in parallel. A
 * group node ({@code name[i]}) holds its steps; the steps node fails at the first group with a
 * failed step that has no {@code continueOn}, as in Argo. A group also waits for the hooks and exit
 * handlers of its steps ({@link NodeHooks}); a template's {@code parallelism} limits how many of
 * its children run at once.
 */
final class StepsNodes implements NodeHandler {
  @Override
  public NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope) {
    Map<String, String> vars = Variables.forNode(pass, node);
    pass.parallelism.limitChildren(node.id(), template.parallelism());
    List<List<WorkflowStep>> groups = template.steps();
    for (int i = 0; i < groups.size(); i++) {
      String groupName = node.name() + "[" + i + "]";
      NodeStatus group = pass.nodeNamed(groupName);
      if (group == null) {
        group =
            NodeStatus.create(
                pass.idOf(groupName),
                groupName,
                "[" + i + "]",
                NodeType.STEP_GROUP,
                template.name(),
                node.id(),
                pass.now);
        pass.put(group);
        node = pass.adopt(node, group.id());
      }
      GroupOutcome outcome = advanceGroup(pass, runner, node, group, groups.get(i), scope, vars);
      if (outcome.running()) {
        return NodeRunner.markRunning(pass, node);
      }
      if (outcome.failed() != null) {
        // A hook that cannot run errors its group; whatever still runs in it is stopped.
        if (outcome.failed() == NodePhase.ERROR)
          Deadlines.expire(pass, pass.node(group.id()), outcome.message());
        NodeRunner.finish(pass, pass.node(group.id()), outcome.failed(), outcome.message());
        return NodeRunner.finish(pass, node, NodePhase.FAILED, outcome.message());
      }
      NodeStatus current = pass.node(group.id());
      if (!current.fulfilled()) NodeRunner.finish(pass, current, NodePhase.SUCCEEDED, null);
    }
    return NodeOutputs.complete(pass, node, template, vars);
  }

  /** A group's state after a pass: still running, or ended (failed: the group's phase). */
  private record GroupOutcome(boolean running, NodePhase failed, String message) {}

  /**
   * Advances the steps of one group, with their hooks and exit handlers (only while the group runs:
   * a group that has ended is only re-read); the group ends when all of them have.
   */
  private GroupOutcome advanceGroup(
      Pass pass,
      NodeRunner runner,
      NodeStatus parent,
      NodeStatus group,
      List<WorkflowStep> steps,
      TemplateScope scope,
      Map<String, String> vars) {
    boolean hooksDue = !group.fulfilled();
    boolean running = false;
    NodePhase failed = null;
    String message = null;
    Map<String, String> groupVars = new HashMap<>(vars);
    for (WorkflowStep step : steps) {
      StepCalls calls = runStep(pass, runner, parent, group, step, scope, groupVars);
      running |= calls.deferred();
      List<NodeStatus> children = calls.children();
      for (NodeStatus child : children) {
        group = pass.adopt(pass.node(group.id()), child.id());
        if (!child.fulfilled()) {
          running = true;
        } else if (child.phase().failedOrErrored()
            && !Continuation.continues(step.continueOn(), child.phase())
            && failed == null) {
          failed = NodePhase.FAILED;
          message = "child '" + child.id() + "' failed";
        }
      }
      var site = NodeHooks.Site.of(step, scope, parent.id());
      if (hooksDue && site.any()) {
        try {
          running |= !advanceHooks(pass, runner, children, site, groupVars);
        } catch (IllegalArgumentException e) {
          return new GroupOutcome(false, NodePhase.ERROR, e.getMessage());
        }
      }
      addOutputs(pass, vars, step, children, scope);
    }
    return new GroupOutcome(running, running ? null : failed, message);
  }

  /** Makes a step's outputs (a loop's, aggregated) visible to the groups that follow. */
  private static void addOutputs(
      Pass pass,
      Map<String, String> vars,
      WorkflowStep step,
      List<NodeStatus> children,
      TemplateScope scope) {
    if (children.isEmpty()) return;
    String prefix = "steps." + step.name();
    if (Loops.loops(step.withItems(), step.withParam(), step.withSequence())) {
      Variables.addAggregated(vars, prefix, children);
    } else {
      var target = new CallTarget(step.template(), step.templateRef(), step.inline());
      Variables.addOutputs(vars, prefix, children.get(0));
      SkippedOutputs.add(pass, vars, prefix, children.get(0), target, scope);
    }
  }

  /** The nodes one step runs as (one, or one per item), and whether a limit held any back. */
  private record StepCalls(List<NodeStatus> children, boolean deferred) {}

  private StepCalls runStep(
      Pass pass,
      NodeRunner runner,
      NodeStatus parent,
      NodeStatus group,
      WorkflowStep step,
      TemplateScope scope,
      Map<String, String> groupVars) {
    var target = new CallTarget(step.template(), step.templateRef(), step.inline());
    List<NodeStatus> children = new ArrayList<>();
    List<Loops.Item> items;
    try {
      items = items(step, groupVars);
    } catch (RuntimeException e) {
      var call =
          new Call(group.name() + "." + step.name(), step.name(), target, null, scope, parent.id());
      children.add(CallSites.notRun(pass, call, NodePhase.ERROR, e.getMessage()));
      return new StepCalls(children, false);
    }
    boolean deferred = false;
    for (var item : items) {
      String displayName = item == null ? step.name() : item.name(step.name());
      var call =
          new Call(group.name() + "." + displayName, displayName, target, null, scope, parent.id());
      var callVars = groupVars;
      if (item != null) {
        callVars = new HashMap<>(groupVars);
        callVars.putAll(item.vars());
      }
      NodeStatus child = runCall(pass, runner, call, step, callVars);
      if (child == null) deferred = true;
      else children.add(child);
    }
    return new StepCalls(children, deferred);
  }

  /** Advances the hooks and exit handlers of a step's nodes; true when all that run have ended. */
  private static boolean advanceHooks(
      Pass pass,
      NodeRunner runner,
      List<NodeStatus> children,
      NodeHooks.Site site,
      Map<String, String> vars) {
    boolean ended = true;
    for (NodeStatus child : children) {
      NodeStatus current = pass.node(child.id());
      ended &= NodeHooks.advanceHooks(pass, runner, current, site, vars);
      ended &= NodeHooks.advanceExit(pass, runner, pass.node(child.id()), site, vars);
    }
    return ended;
  }

  /**
   * The items of a looping step (a single null when it does not loop); a bad loop errors the group.
   */
  private static List<Loops.Item> items(WorkflowStep step, Map<String, String> vars) {
    if (!Loops.loops(step.withItems(), step.withParam(), step.withSequence()))
      return java.util.Collections.singletonList(null);
    return Loops.expand(step.withItems(), step.withParam(), step.withSequence(), vars);
  }

  private NodeStatus runCall(
      Pass pass, NodeRunner runner, Call call, WorkflowStep step, Map<String, String> vars) {
    if (pass.nodeNamed(call.nodeName()) != null) return runner.run(pass, call);
    return CallSites.start(pass, runner, call, step.when(), step.arguments(), vars);
  }
}
