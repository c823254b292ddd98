package dev.wf.store.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.ConflictException;

@EnableKubernetesMockClient(crud = true)
class KubernetesStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

  KubernetesClient client;
  private KubernetesStore store;

  @BeforeEach
  void open() {
    MockCluster.installCrds(client);
    store = new KubernetesStore(client, "team-a");
  }

  @Test
  void roundTripsSpecAndStatusWithNodesAndTimes() {
    Workflow created = workflow("hello", T0).withStatus(running(2));
    store.create(created);

    Workflow read = store.get("hello").orElseThrow();

    assertThat(read.spec()).isEqualTo(created.spec());
    assertThat(read.status()).isEqualTo(created.status());
    assertThat(read.metadata().namespace()).isEqualTo("team-a");
    assertThat(read.metadata().labels()).containsEntry("team", "a");
    assertThat(read.metadata().resourceVersion()).isNotBlank();
  }

  @Test
  void storesALargeStatusCompressedAndReadsItBackWhole() {
    store.create(workflow("big", T0));
    Workflow current = store.get("big").orElseThrow();

    store.replaceStatus(current, running(8_000)).orElseThrow();

    var stored = client.resources(dev.wf.api.crd.WorkflowResource.class);
    var raw = stored.inNamespace("team-a").withName("big").get().getStatus();
    assertThat(raw.nodes()).isEmpty();
    assertThat(raw.compressedNodes()).isNotEmpty();
    assertThat(store.get("big").orElseThrow().status()).isEqualTo(running(8_000));
  }

  @Test
  void createOfATakenNameThrowsAlreadyExists() {
    store.create(workflow("hello", T0));

    assertThatThrownBy(() -> store.create(workflow("hello", T0)))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("workflow \"hello\" already exists");
  }

  @Test
  void replaceStatusReturnsTheStoredWorkflowWithItsNewVersion() {
    store.create(workflow("hello", T0));
    Workflow current = store.get("hello").orElseThrow();

    Workflow stored = store.replaceStatus(current, running(1)).orElseThrow();

    assertThat(stored.status()).isEqualTo(running(1));
    assertThat(store.version("hello").orElseThrow())
        .isEqualTo(Long.parseLong(stored.metadata().resourceVersion()))
        .isGreaterThan(Long.parseLong(current.metadata().resourceVersion()));
  }

  @Test
  void replaceStatusOfAMissingWorkflowIsEmpty() {
    assertThat(store.replaceStatus(workflow("missing", T0), running(1))).isEmpty();
  }

  @Test
  void replaceOfAStaleVersionThrowsConflict() {
    store.create(workflow("hello", T0));
    Workflow stale = store.get("hello").orElseThrow();
    store.replace(stale.withSpec(stale.spec().withSuspend(true))).orElseThrow();

    assertThatThrownBy(() -> store.replace(stale.withSpec(stale.spec().withSuspend(false))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void replaceWritesSpecAndStatus() {
    store.create(workflow("hello", T0));
    Workflow current = store.get("hello").orElseThrow();

    store.replace(current.withSpec(current.spec().withSuspend(true)).withStatus(running(1)));

    Workflow read = store.get("hello").orElseThrow();
    assertThat(read.spec().suspend()).isTrue();
    assertThat(read.status()).isEqualTo(running(1));
  }

  @Test
  void updateStatusWritesWithoutAVersion() {
    store.create(workflow("hello", T0));

    assertThat(store.updateStatus("hello", running(1))).isTrue();
    assertThat(store.get("hello").orElseThrow().status()).isEqualTo(running(1));
  }

  @Test
  void updateStatusOfAMissingWorkflowIsFalse() {
    assertThat(store.updateStatus("missing", running(1))).isFalse();
  }

  @Test
  void listsNewestFirst() {
    store.create(workflow("older", T0));
    store.create(workflow("newer", T0.plusSeconds(60)));

    assertThat(store.list()).extracting(Workflow::name).containsExactly("newer", "older");
    assertThat(store.latestName()).contains("newer");
  }

  @Test
  void listsOnlyItsNamespace() {
    new KubernetesStore(client, "team-b").create(workflow("other", T0));
    store.create(workflow("hello", T0));

    assertThat(store.list()).extracting(Workflow::name).containsExactly("hello");
  }

  @Test
  void deleteRemovesTheWorkflow() {
    store.create(workflow("hello", T0));

    assertThat(store.delete("hello")).isTrue();
    assertThat(store.get("hello")).isEmpty();
    assertThat(store.delete("hello")).isFalse();
  }

  @Test
  void supersedesVersionsItWroteItself() {
    store.create(workflow("hello", T0));
    String version = store.get("hello").orElseThrow().metadata().resourceVersion();

    assertThat(store.supersedes("hello", version)).isTrue();
    assertThat(store.supersedes("hello", String.valueOf(Long.parseLong(version) + 1))).isFalse();
  }

  @Test
  void keepsNamespacedAndClusterTemplatesApart() {
    store.putTemplate(template("shared", true));
    store.putTemplate(template("local", false));

    assertThat(store.listTemplates(true))
        .extracting(WorkflowTemplate::name)
        .containsExactly("shared");
    assertThat(store.listTemplates(false))
        .extracting(WorkflowTemplate::name)
        .containsExactly("local");
    assertThat(store.getTemplate(true, "shared").orElseThrow().clusterScoped()).isTrue();
    assertThat(store.getTemplate(false, "shared")).isEmpty();
  }

  @Test
  void putTemplateReplacesAStoredOne() {
    store.putTemplate(template("local", false));
    WorkflowTemplate changed = template("local", false);
    changed =
        new WorkflowTemplate(
            changed.apiVersion(),
            changed.kind(),
            changed.metadata(),
            changed.spec().withSuspend(true));

    store.putTemplate(changed);

    assertThat(store.getTemplate(false, "local").orElseThrow().spec().suspend()).isTrue();
  }

  @Test
  void deleteTemplateRemovesIt() {
    store.putTemplate(template("shared", true));

    assertThat(store.deleteTemplate(true, "shared")).isTrue();
    assertThat(store.getTemplate(true, "shared")).isEmpty();
  }

  private static Workflow workflow(String name, Instant created) {
    Workflow wf = MockCluster.workflow("two-steps", name, created);
    return wf.withMetadata(wf.metadata().withLabels(java.util.Map.of("team", "a")));
  }

  private static WorkflowTemplate template(String name, boolean cluster) {
    Workflow wf = MockCluster.workflow("two-steps", name, T0);
    return new WorkflowTemplate(
        "wf.dev/v1alpha1",
        cluster ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND,
        ObjectMeta.named(name),
        wf.spec());
  }

  static WorkflowStatus running(int nodes) {
    WorkflowStatus status = WorkflowStatus.EMPTY.withPhase(WorkflowPhase.RUNNING, null, T0, null);
    for (int i = 0; i < nodes; i++) {
      status =
          status.withNode(
              NodeStatus.create(
                  "hello-" + i, "hello.step-" + i, "step-" + i, NodeType.POD, "echo", "hello", T0));
    }
    return status;
  }
}
