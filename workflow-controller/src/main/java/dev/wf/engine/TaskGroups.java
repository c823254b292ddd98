package dev.wf.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;

/**
 * A looping DAG task: a TaskGroup node ({@code dag.task}) whose children are the items ({@code
 * dag.task(0:a)}, ...). It ends when every item has, and fails when an item failed without {@code
 * continueOn}, as in Argo.
 */
final class TaskGroups {
  private TaskGroups() {}

  /** The item nodes of a task group, without the nodes of its hooks. */
  static List<NodeStatus> items(Pass pass, NodeStatus group) {
    var items = new ArrayList<NodeStatus>();
    for (String id : group.children()) {
      NodeStatus child = pass.node(id);
      if (child != null && !NodeHooks.isHook(group, child)) items.add(child);
    }
    return items;
  }

  static NodeStatus create(Pass pass, Call call) {
    NodeStatus group =
        NodeStatus.create(
                pass.idOf(call.nodeName()),
                call.nodeName(),
                call.displayName(),
                NodeType.TASK_GROUP,
                null,
                call.boundaryId(),
                pass.now)
            .withPhase(NodePhase.RUNNING, null, null);
    pass.put(group);
    return group;
  }

  static NodeStatus advance(
      Pass pass,
      NodeRunner runner,
      NodeStatus group,
      DagTask task,
      Call call,
      Map<String, String> vars) {
    if (group.fulfilled()) return group;
    List<Loops.Item> items;
    try {
      items = Loops.expand(task.withItems(), task.withParam(), task.withSequence(), vars);
    } catch (RuntimeException e) {
      return NodeRunner.finish(pass, group, NodePhase.ERROR, e.getMessage());
    }
    boolean running = false;
    NodeStatus failed = null;
    for (Loops.Item item : items) {
      String display = item.name(task.name());
      var itemCall =
          new Call(
              item.name(call.nodeName()),
              display,
              call.target(),
              null,
              call.scope(),
              call.boundaryId());
      NodeStatus child = pass.nodeNamed(itemCall.nodeName());
      if (child == null) {
        var itemVars = new HashMap<>(vars);
        itemVars.putAll(item.vars());
        child = DagNodes.start(pass, runner, itemCall, task, itemVars);
      } else if (!child.fulfilled()) {
        child = runner.run(pass, itemCall);
      }
      if (child == null) {
        running = true;
        continue;
      }
      group = pass.adopt(pass.node(group.id()), child.id());
      if (!child.fulfilled()) running = true;
      else if (child.phase().failedOrErrored()
          && !Continuation.continues(task.continueOn(), child.phase())
          && failed == null) failed = child;
    }
    if (running) return pass.node(group.id());
    if (failed != null)
      return NodeRunner.finish(pass, group, NodePhase.FAILED, "child '" + failed.id() + "' failed");
    return NodeRunner.finish(pass, group, NodePhase.SUCCEEDED, null);
  }
}
