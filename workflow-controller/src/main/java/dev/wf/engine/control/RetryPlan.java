package dev.wf.engine.control;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.engine.ExitHandlerNodes;

/**
 * Which nodes a retry touches, by Argo's rules. A failed node that nothing below it made up for
 * (and, with {@code --restart-successful}, every node the selector picks) is <em>removed</em> with
 * everything below it, so that it runs anew; the steps, DAG and group nodes above it, and the
 * failed retry nodes, are <em>reset</em> so that they run on from where they stood. Nodes of the
 * exit handler are removed. Everything else is kept, succeeded steps with their outputs.
 *
 * @param reset ids of the nodes that run on
 * @param removed ids of the nodes that run anew
 */
record RetryPlan(Set<String> reset, Set<String> removed) {
  RetryPlan {
    reset = Set.copyOf(reset);
    removed = Set.copyOf(removed);
  }

  /**
   * The plan for a workflow; {@code restart} picks succeeded nodes to run again (empty: none), and
   * {@code newParameters} says whether parameters change, which makes reset groups expand anew.
   */
  static RetryPlan of(Workflow workflow, NodeFieldSelector restart, boolean newParameters) {
    var graph = new NodeGraph(workflow.status().nodes());
    Set<String> restarted = new HashSet<>();
    var seeds = new LinkedHashSet<NodeStatus>();
    for (NodeStatus node : graph.topDown()) {
      if (ExitHandlerNodes.contains(workflow.name(), node.name())) continue;
      if (!restart.isEmpty() && restart.matches(node)) {
        restarted.add(node.id());
        seeds.add(node);
      }
    }
    for (NodeStatus node : graph.topDown()) {
      if (ExitHandlerNodes.contains(workflow.name(), node.name()) || !failedLeaf(node)) continue;
      NodeStatus parent = graph.parent(node);
      NodeStatus judged = parent != null && parent.type() == NodeType.RETRY ? parent : node;
      if (!graph.descendantSucceeded(judged, restarted)) seeds.add(node);
    }
    var reset = new LinkedHashSet<String>();
    var removed = new LinkedHashSet<String>();
    for (NodeStatus seed : graph.topDown()) {
      if (seeds.contains(seed) && !removed.contains(seed.id())) {
        resetPath(graph, seed, reset, removed);
      }
    }
    if (newParameters) expandAnew(graph, reset, removed);
    for (NodeStatus node : graph.topDown()) {
      if (ExitHandlerNodes.contains(workflow.name(), node.name())) removed.add(node.id());
    }
    reset.removeAll(removed);
    return new RetryPlan(reset, removed);
  }

  /** A node that failed and runs no nodes of its own below it (a step, or a node that errored). */
  private static boolean failedLeaf(NodeStatus node) {
    if (!node.phase().failedOrErrored()) return false;
    return node.type() == NodeType.POD
        || node.type() == NodeType.CONTAINER
        || node.children().isEmpty();
  }

  /**
   * Removes the seed (for a container, the pod holding it) with all below it, and resets the nodes
   * above it that must run on; a failed retry node starts over, its attempts removed.
   */
  private static void resetPath(
      NodeGraph graph, NodeStatus seed, Set<String> reset, Set<String> removed) {
    NodeStatus target = seed;
    while (target.type() == NodeType.CONTAINER && graph.parent(target) != null) {
      target = graph.parent(target);
    }
    removed.add(target.id());
    removed.addAll(graph.descendants(target));
    for (NodeStatus up = graph.parent(target); up != null; up = graph.parent(up)) {
      switch (up.type()) {
        case STEPS, DAG, STEP_GROUP, TASK_GROUP -> reset.add(up.id());
        case RETRY -> {
          if (up.phase().failedOrErrored()) {
            reset.add(up.id());
            removed.addAll(graph.descendants(up));
          }
        }
        default -> {}
      }
    }
  }

  /** With new parameters, reset loop and step groups lose their children, so they expand anew. */
  private static void expandAnew(NodeGraph graph, Set<String> reset, Set<String> removed) {
    for (String id : Set.copyOf(reset)) {
      NodeStatus node = graph.node(id);
      if (removed.contains(id)) continue;
      if (node.type() == NodeType.TASK_GROUP || node.type() == NodeType.STEP_GROUP) {
        removed.addAll(graph.descendants(node));
      }
    }
  }
}
