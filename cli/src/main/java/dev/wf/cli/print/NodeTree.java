package dev.wf.cli.print;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;

/**
 * A workflow's status nodes arranged as {@code wf get} draws them, by Argo's rules: a Steps or DAG
 * node contains the nodes whose {@code boundaryID} names it; a StepGroup or Retry node holds its
 * {@code children}; Pod, Skipped and Suspend nodes are leaves. TaskGroup and Container nodes are
 * not drawn. Siblings are ordered by start time, then by item index, then by name.
 */
public record NodeTree(NodeStatus node, List<NodeTree> children) {
  private static final Comparator<NodeStatus> ORDER =
      Comparator.comparing((NodeStatus n) -> n.startedAt() == null ? Instant.MAX : n.startedAt())
          .thenComparing(NodeTree::compareNames);

  public NodeTree {
    children = List.copyOf(children);
  }

  /** The trees of a status's nodes, each root first in start order. */
  public static List<NodeTree> roots(Map<String, NodeStatus> nodes) {
    Map<String, String> groupOf = new HashMap<>();
    for (NodeStatus node : nodes.values()) {
      if (isGroup(node.type())) {
        node.children().forEach(child -> groupOf.put(child, node.id()));
      }
    }
    Map<String, List<NodeStatus>> contained = new LinkedHashMap<>();
    List<NodeStatus> roots = new ArrayList<>();
    for (NodeStatus node : nodes.values()) {
      if (!drawn(node.type())) {
        continue;
      }
      String parent = groupOf.get(node.id());
      if (parent == null && !blank(node.boundaryID())) {
        NodeStatus boundary = nodes.get(node.boundaryID());
        parent = boundary != null && isBoundary(boundary.type()) ? boundary.id() : null;
        if (parent == null) {
          continue;
        }
      }
      if (parent == null) {
        roots.add(node);
      } else {
        contained.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
      }
    }
    Set<String> seen = new HashSet<>();
    return roots.stream().sorted(ORDER).map(root -> build(root, contained, seen)).toList();
  }

  /** Whether {@code wf get} hides this node and draws its children in its place. */
  public boolean hidden() {
    return switch (node.type()) {
      case STEP_GROUP -> true;
      case RETRY -> node.children().size() == 1;
      case SKIPPED -> node.phase() == NodePhase.OMITTED;
      default -> false;
    };
  }

  /**
   * Whether the children of this hidden node are drawn as a fork (a step group's parallel steps).
   */
  public boolean forksChildren() {
    return node.type() == NodeType.STEP_GROUP;
  }

  private static NodeTree build(
      NodeStatus node, Map<String, List<NodeStatus>> contained, Set<String> seen) {
    if (!seen.add(node.id())) {
      return new NodeTree(node, List.of());
    }
    List<NodeTree> children =
        contained.getOrDefault(node.id(), List.of()).stream()
            .sorted(ORDER)
            .map(child -> build(child, contained, seen))
            .toList();
    return new NodeTree(node, children);
  }

  private static boolean drawn(NodeType type) {
    return type != null
        && (isBoundary(type)
            || isGroup(type)
            || type == NodeType.POD
            || type == NodeType.SKIPPED
            || type == NodeType.SUSPEND);
  }

  private static boolean isBoundary(NodeType type) {
    return type == NodeType.STEPS || type == NodeType.DAG;
  }

  private static boolean isGroup(NodeType type) {
    return type == NodeType.STEP_GROUP || type == NodeType.RETRY;
  }

  private static boolean blank(String value) {
    return value == null || value.isEmpty();
  }

  /** Items of one loop ({@code name(3:c)}) sort by index; everything else by name. */
  private static int compareNames(NodeStatus a, NodeStatus b) {
    String left = a.displayName() == null ? "" : a.displayName();
    String right = b.displayName() == null ? "" : b.displayName();
    int leftIndex = itemIndex(left);
    int rightIndex = itemIndex(right);
    if (leftIndex >= 0 && rightIndex >= 0) {
      return Integer.compare(leftIndex, rightIndex);
    }
    return left.compareTo(right);
  }

  /** The index in a loop item's name, {@code 3} in {@code sleep(3:three)}; -1 if none. */
  static int itemIndex(String displayName) {
    int open = displayName.lastIndexOf('(');
    int colon = displayName.indexOf(':', open + 1);
    if (open < 0 || colon < 0 || !displayName.endsWith(")")) {
      return -1;
    }
    try {
      return Integer.parseInt(displayName.substring(open + 1, colon));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
