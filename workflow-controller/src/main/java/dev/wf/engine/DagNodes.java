package dev.wf.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wf.api.dag.DependsExpression;
import dev.wf.api.dag.DependsExpression.TaskOutcome;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Template;

/**
 * A {@code dag} node: each task starts once every task its {@code depends} names has ended and the
 * expression holds (else it is Omitted); {@code when} may skip it. With {@code failFast} (the
 * default) a failure that no task handles stops new tasks from starting. Task nodes are linked as
 * Argo links them: roots are children of the DAG node, dependents children of their dependencies.
 * The DAG also waits for the hooks and exit handlers of its tasks ({@link NodeHooks}); a template's
 * {@code parallelism} limits how many of its children run at once.
 */
final class DagNodes implements NodeHandler {
  @Override
  public NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope) {
    DagTemplate dag = template.dag();
    Map<String, String> vars = Variables.forNode(pass, node);
    pass.parallelism.limitChildren(node.id(), template.parallelism());
    var state = new DagState(pass, node, dag);
    // Tasks created in this pass may end at once (skipped, omitted, errored) and free their
    // dependents, so sweep until nothing new is created; each task advances once per pass.
    var advanced = new java.util.HashSet<String>();
    boolean progressed = true;
    while (progressed) {
      progressed = false;
      for (DagTask task : dag.tasks()) {
        if (!state.inScope(task.name())
            || state.isFulfilled(task.name())
            || advanced.contains(task.name())) continue;
        NodeStatus child = advanceTask(pass, runner, state, task, scope, vars);
        if (child != null) {
          advanced.add(task.name());
          progressed = true;
        }
      }
    }
    addTaskOutputs(pass, state, scope, vars);
    boolean hooksEnded;
    try {
      hooksEnded = advanceHooks(pass, runner, state, scope, vars);
    } catch (IllegalArgumentException e) {
      // A hook that cannot run errors the DAG; whatever still runs in it is stopped.
      Deadlines.expire(pass, pass.node(node.id()), e.getMessage());
      return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    if (!state.finished() || !hooksEnded) return NodeRunner.markRunning(pass, node);
    pass.put(pass.node(node.id()).withOutboundNodes(state.outboundIds()));
    String failure = state.failureMessage();
    // As in Argo, a DAG that ends while its workflow is shut down has failed, whatever its tasks
    // did.
    if (failure == null && pass.shuttingDown()) failure = pass.shutdown.stoppedMessage();
    if (failure != null) return NodeRunner.finish(pass, node, state.failurePhase(), failure);
    return NodeOutputs.complete(pass, node, template, vars);
  }

  private NodeStatus advanceTask(
      Pass pass,
      NodeRunner runner,
      DagState state,
      DagTask task,
      TemplateScope scope,
      Map<String, String> vars) {
    String childName = state.dagNode.name() + "." + task.name();
    var target = new CallTarget(task.template(), task.templateRef(), task.inline());
    var call = new Call(childName, task.name(), target, null, scope, state.dagNode.id());
    boolean loop = Loops.loops(task.withItems(), task.withParam(), task.withSequence());
    NodeStatus existing = state.node(task.name());
    if (existing != null) {
      return loop
          ? TaskGroups.advance(
              pass, runner, existing, task, call, withTaskOutputs(state, scope, vars))
          : runner.run(pass, call);
    }
    if (state.stopped()) return null;
    DependsExpression depends = state.depends(task);
    Map<String, TaskOutcome> outcomes = new HashMap<>();
    for (String dep : depends.tasks()) {
      NodeStatus depNode = state.node(dep);
      if (depNode == null || !depNode.fulfilled()) return null;
      outcomes.put(dep, new TaskOutcome(depNode.phase(), false, childPhases(pass, depNode)));
    }
    NodeStatus child;
    if (!depends.evaluate(outcomes)) {
      child = CallSites.notRun(pass, call, NodePhase.OMITTED, "omitted: depends condition not met");
    } else if (loop) {
      child =
          TaskGroups.advance(
              pass,
              runner,
              TaskGroups.create(pass, call),
              task,
              call,
              withTaskOutputs(state, scope, vars));
    } else {
      child = start(pass, runner, call, task, withTaskOutputs(state, scope, vars));
      if (child == null) return null;
    }
    state.link(task, child);
    return child;
  }

  /**
   * Advances the hooks of every task that has a node: expression hooks on the task's node (a loop's
   * TaskGroup), exit handlers on each node that ran (each item of a loop); true when all have
   * ended.
   */
  private static boolean advanceHooks(
      Pass pass, NodeRunner runner, DagState state, TemplateScope scope, Map<String, String> vars) {
    boolean ended = true;
    for (DagTask task : state.dag.tasks()) {
      var site = NodeHooks.Site.of(task, scope, state.dagNode.id());
      NodeStatus node = state.node(task.name());
      if (!site.any() || node == null) continue;
      ended &= NodeHooks.advanceHooks(pass, runner, node, site, vars);
      node = pass.node(node.id());
      var ran = node.type() == NodeType.TASK_GROUP ? TaskGroups.items(pass, node) : List.of(node);
      for (NodeStatus n : ran) ended &= NodeHooks.advanceExit(pass, runner, n, site, vars);
    }
    return ended;
  }

  static NodeStatus start(
      Pass pass, NodeRunner runner, Call call, DagTask task, Map<String, String> vars) {
    return CallSites.start(pass, runner, call, task.when(), task.arguments(), vars);
  }

  private static Map<String, String> withTaskOutputs(
      DagState state, TemplateScope scope, Map<String, String> vars) {
    var scoped = new LinkedHashMap<>(vars);
    addTaskOutputs(state.pass(), state, scope, scoped);
    return scoped;
  }

  private static void addTaskOutputs(
      Pass pass, DagState state, TemplateScope scope, Map<String, String> vars) {
    for (DagTask task : state.dag.tasks()) {
      NodeStatus n = state.node(task.name());
      if (n == null || !n.fulfilled()) continue;
      String prefix = "tasks." + task.name();
      if (n.type() == NodeType.TASK_GROUP) {
        Variables.addAggregated(vars, prefix, TaskGroups.items(pass, n));
      } else {
        Variables.addOutputs(vars, prefix, n);
        var target = new CallTarget(task.template(), task.templateRef(), task.inline());
        SkippedOutputs.add(pass, vars, prefix, n, target, scope);
      }
    }
  }

  private static List<NodePhase> childPhases(Pass pass, NodeStatus node) {
    var phases = new ArrayList<NodePhase>();
    if (node.type() != NodeType.TASK_GROUP) return phases;
    for (NodeStatus item : TaskGroups.items(pass, node)) phases.add(item.phase());
    return phases;
  }

  static Set<String> targets(DagTemplate dag) {
    var names = new LinkedHashSet<String>();
    if (dag.target() == null || dag.target().isBlank()) return names;
    for (String t : dag.target().trim().split("[\\s,]+")) names.add(t);
    return names;
  }
}
