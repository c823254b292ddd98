package dev.wf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.store.EmbeddedStore;

class RemoteRunnerTest {
  private static final String YAML =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {name: remote}
      spec:
        entrypoint: main
        templates:
          - name: main
            container: {image: alpine, command: [echo, hi]}
      """;

  @TempDir Path dir;
  private EmbeddedStore store;
  private final List<String> removed = new ArrayList<>();
  private RemoteRunner runner;

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
    runner =
        new RemoteRunner(
            store,
            (wf, node) -> removed.add(wf + "/" + node),
            Clock.fixed(EngineFixtures.T0, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void submitStoresTheWorkflowWithoutStatusForTheClusterToAdmit() {
    runner.submit(withNodes(EngineFixtures.workflow(YAML), "remote-1"));

    assertThat(store.get("remote")).hasValueSatisfying(wf -> assertThat(wf.status()).isNull());
  }

  @Test
  void updateRemovesTheStepsOfNodesTheChangeDropsBeforeWriting() {
    store.create(withNodes(EngineFixtures.workflow(YAML), "remote-1", "remote-2"));

    var updated =
        runner.update(
            "remote",
            wf ->
                wf.withStatus(
                    wf.status().withNodes(java.util.Map.of("remote-1", node("remote-1")))));

    assertThat(removed).containsExactly("remote/remote-2");
    assertThat(updated)
        .hasValueSatisfying(wf -> assertThat(wf.status().nodes()).containsOnlyKeys("remote-1"));
    assertThat(store.get("remote").orElseThrow().status().nodes()).containsOnlyKeys("remote-1");
  }

  @Test
  void updateOfAMissingWorkflowIsEmpty() {
    assertThat(runner.update("nothing", wf -> wf)).isEmpty();
  }

  @Test
  void deleteRemovesTheStoredWorkflow() {
    runner.submit(EngineFixtures.workflow(YAML));

    assertThat(runner.delete("remote", false).deleted()).isTrue();
    assertThat(store.get("remote")).isEmpty();
    assertThat(runner.delete("remote", false)).isEqualTo(WorkflowDeletion.NOT_FOUND);
  }

  private static Workflow withNodes(Workflow wf, String... ids) {
    WorkflowStatus status = WorkflowStatus.EMPTY;
    for (String id : ids) status = status.withNode(node(id));
    return wf.withStatus(status);
  }

  private static NodeStatus node(String id) {
    return NodeStatus.create(id, id, id, NodeType.POD, "main", null, EngineFixtures.T0)
        .withPhase(NodePhase.FAILED, "Error (exit code 1)", EngineFixtures.T0);
  }
}
