package dev.wf.store.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.spec.Condition;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.CronWorkflowStatus.ActiveWorkflow;
import dev.wf.api.spec.ModelJson;
import dev.wf.store.AlreadyExistsException;
import dev.wf.store.CronStore;

@EnableKubernetesMockClient(crud = true)
class KubernetesCronStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:00Z");

  KubernetesClient client;
  private CronStore store;

  @BeforeEach
  void open() {
    MockCluster.installCrds(client);
    store = new KubernetesStore(client, "team-a").cronWorkflows();
  }

  @Test
  void roundTripsSpecAndStatusThroughTheStatusSubresource() {
    CronWorkflow created = store.create(cron("nightly", false));

    store.updateStatus("nightly", status());

    CronWorkflow read = store.get("nightly").orElseThrow();
    assertThat(read.spec()).isEqualTo(created.spec());
    assertThat(read.status()).isEqualTo(status());
    assertThat(read.metadata().namespace()).isEqualTo("team-a");
    assertThat(read.metadata().uid()).isNotBlank().isEqualTo(created.metadata().uid());
  }

  @Test
  void createOfATakenNameThrowsAlreadyExists() {
    store.create(cron("nightly", false));

    assertThatThrownBy(() -> store.create(cron("nightly", false)))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("nightly");
  }

  @Test
  void replaceChangesTheSpecAndKeepsTheStatus() {
    store.create(cron("nightly", false));
    store.updateStatus("nightly", status());

    CronWorkflow stored = store.get("nightly").orElseThrow();
    store.replace(cron("nightly", true).withMetadata(stored.metadata())).orElseThrow();

    CronWorkflow read = store.get("nightly").orElseThrow();
    assertThat(read.spec().suspend()).isTrue();
    assertThat(read.status()).isEqualTo(status());
  }

  @Test
  void listsTheNamespacesCronWorkflowsByName() {
    store.create(cron("weekly", false));
    store.create(cron("daily", false));
    new KubernetesStore(client, "team-b").cronWorkflows().create(cron("elsewhere", false));

    assertThat(store.list()).extracting(CronWorkflow::name).containsExactly("daily", "weekly");
  }

  @Test
  void deleteRemovesTheResource() {
    store.create(cron("nightly", false));

    assertThat(store.delete("nightly")).isTrue();
    assertThat(store.delete("nightly")).isFalse();
    assertThat(client.resources(CronWorkflowResource.class).inNamespace("team-a").list().getItems())
        .isEmpty();
  }

  @Test
  void statusOfAMissingCronWorkflowIsNotWritten() {
    assertThat(store.updateStatus("missing", status())).isFalse();
    assertThat(store.replace(cron("missing", true))).isEmpty();
  }

  private static CronWorkflowStatus status() {
    return new CronWorkflowStatus(
        List.of(new ActiveWorkflow("nightly-1767323040", "team-a", "u-1")),
        T0,
        T0.plusSeconds(30),
        2L,
        1L,
        CronWorkflowStatus.ACTIVE,
        List.of(new Condition("SubmissionError", "True", "refused")));
  }

  private static CronWorkflow cron(String name, boolean suspend) {
    return ModelJson.read(
        """
        {"apiVersion": "wf.dev/v1alpha1", "kind": "CronWorkflow",
         "metadata": {"name": "%s", "labels": {"team": "a"}},
         "spec": {"schedules": ["0 2 * * *"], "timezone": "Europe/Paris", "suspend": %s,
                  "workflowSpec": {"entrypoint": "main",
                    "templates": [{"name": "main", "container": {"image": "alpine"}}]}}}
        """
            .formatted(name, suspend),
        CronWorkflow.class);
  }
}
