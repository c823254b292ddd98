package dev.wf.engine.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;

/**
 * A workflow's status nodes as the graph their {@code children} lists make: each node's parent (the
 * last node, in id order, that lists it, as Argo picks one), its descendants, and an order that
 * visits parents before children, for retry and resubmit.
 */
final class NodeGraph {
  private final Map<String, NodeStatus> nodes;
  private final Map<String, String> parents = new HashMap<>();

  NodeGraph(Map<String, NodeStatus> nodes) {
    this.nodes = nodes;
    for (NodeStatus node : new TreeMap<>(nodes).values()) {
      node.children().forEach(child -> parents.put(child, node.id()));
    }
  }

  NodeStatus node(String id) {
    return nodes.get(id);
  }

  /** The node's parent, or null for a root (or a node no other node lists). */
  NodeStatus parent(NodeStatus node) {
    String id = parents.get(node.id());
    return id == null ? null : nodes.get(id);
  }

  /** Every node below {@code node}, through children lists. */
  Set<String> descendants(NodeStatus node) {
    var seen = new LinkedHashSet<String>();
    var pending = new ArrayDeque<>(node.children());
    while (!pending.isEmpty()) {
      String id = pending.poll();
      NodeStatus child = nodes.get(id);
      if (child == null || !seen.add(id)) continue;
      pending.addAll(child.children());
    }
    return seen;
  }

  /** Whether a node below {@code node}, other than those in {@code ignored}, has succeeded. */
  boolean descendantSucceeded(NodeStatus node, Set<String> ignored) {
    for (String id : descendants(node)) {
      NodeStatus n = nodes.get(id);
      if (!ignored.contains(id) && n.phase() == NodePhase.SUCCEEDED) return true;
    }
    return false;
  }

  /**
   * Every node, parents before their children: breadth first from the roots in id order (then from
   * any node not reached, so none is left out).
   */
  List<NodeStatus> topDown() {
    var order = new ArrayList<NodeStatus>();
    var seen = new LinkedHashSet<String>();
    var sorted = new TreeMap<>(nodes).keySet();
    var roots = new ArrayList<String>();
    for (String id : sorted) if (!parents.containsKey(id)) roots.add(id);
    visit(roots, seen, order);
    visit(sorted, seen, order);
    return order;
  }

  private void visit(Iterable<String> from, Set<String> seen, List<NodeStatus> order) {
    for (String start : from) {
      var pending = new ArrayDeque<String>();
      pending.add(start);
      while (!pending.isEmpty()) {
        NodeStatus node = nodes.get(pending.poll());
        if (node == null || !seen.add(node.id())) continue;
        order.add(node);
        pending.addAll(node.children());
      }
    }
  }
}
