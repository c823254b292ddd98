package dev.wf.cli.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;

class NodeTreeTest {
  private static final Instant START = Instant.parse("2026-01-02T10:00:00Z");
  private final Map<String, NodeStatus> nodes = new LinkedHashMap<>();

  @Test
  void ordersLoopItemsStartedTogetherByIndexNotByName() {
    node("wf", NodeType.DAG, null, List.of());
    node("i10", NodeType.POD, "wf", List.of(), "sleep(10:ten)");
    node("i9", NodeType.POD, "wf", List.of(), "sleep(9:nine)");
    node("i2", NodeType.POD, "wf", List.of(), "sleep(2:two)");

    assertThat(names(NodeTree.roots(nodes).get(0).children()))
        .containsExactly("sleep(2:two)", "sleep(9:nine)", "sleep(10:ten)");
  }

  @Test
  void attachesChildrenOfTaskGroupToTheDagAndLeavesTheGroupOut() {
    node("wf", NodeType.DAG, null, List.of());
    node("group", NodeType.TASK_GROUP, "wf", List.of("item0"));
    node("item0", NodeType.POD, "wf", List.of(), "task(0:a)");

    List<NodeTree> roots = NodeTree.roots(nodes);

    assertThat(roots).hasSize(1);
    assertThat(names(roots.get(0).children())).containsExactly("task(0:a)");
  }

  @Test
  void hidesOmittedSkippedNodesAndSingleAttemptRetries() {
    node("wf", NodeType.DAG, null, List.of());
    NodeStatus omitted = node("omitted", NodeType.SKIPPED, "wf", List.of());
    nodes.put("omitted", omitted.withPhase(NodePhase.OMITTED, null, START));
    node("retry", NodeType.RETRY, "wf", List.of("try0"));
    node("try0", NodeType.POD, "wf", List.of());

    List<NodeTree> children = NodeTree.roots(nodes).get(0).children();

    assertThat(children).extracting(NodeTree::hidden).containsExactly(true, true);
    assertThat(children.get(1).children()).extracting(t -> t.node().id()).containsExactly("try0");
  }

  @Test
  void dropsNodesWhoseBoundaryIsMissing() {
    node("wf", NodeType.STEPS, null, List.of());
    node("lost", NodeType.POD, "gone", List.of());

    assertThat(NodeTree.roots(nodes)).extracting(t -> t.node().id()).containsExactly("wf");
  }

  private NodeStatus node(String id, NodeType type, String boundary, List<String> children) {
    return node(id, type, boundary, children, id);
  }

  private NodeStatus node(
      String id, NodeType type, String boundary, List<String> children, String displayName) {
    NodeStatus node =
        NodeStatus.create(id, id, displayName, type, "t", boundary, START)
            .withChildren(children)
            .withPhase(NodePhase.SUCCEEDED, null, START);
    nodes.put(id, node);
    return node;
  }

  private static List<String> names(List<NodeTree> trees) {
    return trees.stream().map(t -> t.node().displayName()).toList();
  }
}
