package dev.wf.api.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;

class DagTest {
  private static Dag graph(String... edges) {
    // "B:A,C" means B waits for A and C.
    var deps = new LinkedHashMap<String, List<String>>();
    for (var edge : edges) {
      var parts = edge.split(":", -1);
      deps.put(parts[0], parts[1].isEmpty() ? List.of() : List.of(parts[1].split(",")));
    }
    return new Dag(deps);
  }

  @Test
  void ordersEveryTaskAfterWhatItWaitsFor() {
    var dag = graph("D:B,C", "B:A", "C:A", "A:");

    assertThat(dag.topologicalOrder()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void keepsDeclarationOrderAmongTasksReadyTogether() {
    var dag = graph("Z:", "Y:", "X:Z");

    assertThat(dag.topologicalOrder()).containsExactly("Z", "Y", "X");
  }

  @Test
  void findsNoCycleInADiamond() {
    assertThat(graph("A:", "B:A", "C:A", "D:B,C").findCycle()).isEmpty();
  }

  @Test
  void findsACycleFollowingWaitsForEdges() {
    var dag = graph("A:D", "B:A", "C:", "D:B,C");

    assertThat(dag.findCycle()).contains(List.of("A", "D", "B", "A"));
  }

  @Test
  void findsATaskThatWaitsForItself() {
    assertThat(graph("A:", "B:B").findCycle()).contains(List.of("B", "B"));
  }

  @Test
  void refusesToOrderACycle() {
    var dag = graph("A:B", "B:A");

    assertThatThrownBy(dag::topologicalOrder)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cycle A -> B -> A");
  }

  @Test
  void ignoresDependenciesOnUnknownTasks() {
    var dag = graph("A:ghost", "B:A");

    assertThat(dag.topologicalOrder()).containsExactly("A", "B");
    assertThat(dag.roots()).containsExactly("A");
    assertThat(dag.findCycle()).isEmpty();
  }

  @Test
  void listsDependents() {
    var dag = graph("A:", "B:A", "C:A", "D:B");

    assertThat(dag.dependentsOf("A")).containsExactly("B", "C");
    assertThat(dag.dependentsOf("D")).isEmpty();
  }

  @Test
  void requiredForATargetIsItAndEverythingItWaitsFor() {
    var dag = graph("A:", "B:A", "C:A", "D:B", "E:C");

    assertThat(dag.requiredFor(List.of("D"))).containsExactly("A", "B", "D");
  }

  @Test
  void buildsFromADagTemplateReadingDependsAndDependencies() {
    var a =
        new DagTask(
            "a", "t", null, null, null, null, null, null, null, null, null, null, null, null);
    var b =
        new DagTask(
            "b",
            "t",
            null,
            null,
            null,
            List.of("a"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    var c =
        new DagTask(
            "c",
            "t",
            null,
            null,
            null,
            null,
            "a.Failed || b",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    var dag = Dag.of(new DagTemplate(List.of(a, b, c), null, null));

    assertThat(dag.dependenciesOf("c")).containsExactly("a", "b");
    assertThat(dag.dependenciesOf("b")).containsExactly("a");
    assertThat(dag.topologicalOrder()).containsExactly("a", "b", "c");
  }

  @Test
  void copiesItsInput() {
    var deps = new LinkedHashMap<String, List<String>>(Map.of("A", List.of()));
    var dag = new Dag(deps);

    deps.put("B", List.of("A"));

    assertThat(dag.tasks()).containsExactly("A");
  }
}
