package dev.wf.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.cron.CronChild;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.store.CronStore;
import dev.wf.store.k8s.KubernetesStore;
import dev.wf.store.k8s.MockCluster;

@EnableKubernetesMockClient(crud = true)
class ClusterCronTargetTest {
  private static final String NS = "team-a";
  private static final Instant SLOT = Instant.parse("2026-01-02T03:04:00Z");

  KubernetesClient client;
  private SharedIndexInformer<WorkflowResource> informer;
  private CronStore crons;
  private ClusterCronTarget target;
  private CronWorkflow cron;

  @BeforeEach
  void start() {
    MockCluster.installCrds(client);
    informer = client.resources(WorkflowResource.class).inNamespace(NS).inform();
    crons = new KubernetesStore(client, NS).cronWorkflows();
    cron = crons.create(cron("nightly"));
    target = new ClusterCronTarget(client, NS, informer.getIndexer(), crons, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    informer.close();
  }

  @Test
  void submitCreatesTheWorkflowWithoutStatusOwnedByItsCronWorkflow() {
    target.submit(CronWorkflows.toWorkflow(cron, SLOT));

    WorkflowResource created = stored(CronWorkflows.childName("nightly", SLOT));
    assertThat(created.getStatus()).isNull();
    var owner = created.getMetadata().getOwnerReferences().getFirst();
    assertThat(owner.getKind()).isEqualTo("CronWorkflow");
    assertThat(owner.getUid()).isEqualTo(cron.metadata().uid());
  }

  @Test
  void submittingAnExistingRunAgainIsNoError() {
    Workflow run = CronWorkflows.toWorkflow(cron, SLOT);
    target.submit(run);

    target.submit(run);

    assertThat(stored(run.name())).isNotNull();
  }

  @Test
  void childrenAreTheWorkflowsLabelledWithTheCronWorkflow() {
    target.submit(CronWorkflows.toWorkflow(cron, SLOT));
    var other = CronWorkflows.toWorkflow(crons.create(cron("other")), SLOT);
    target.submit(other);

    List<CronChild> children =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> target.children("nightly"), c -> !c.isEmpty());

    assertThat(children)
        .extracting(CronChild::name)
        .containsExactly("nightly-" + SLOT.getEpochSecond());
    assertThat(children.getFirst().scheduledTime()).isEqualTo(SLOT);
  }

  @Test
  void tellsTheCronWorkflowWhenARunChangesPhase() {
    List<String> told = new CopyOnWriteArrayList<>();
    target.onChildChanged(told::add);
    WorkflowResource run = resource(CronWorkflows.toWorkflow(cron, SLOT), null);
    target.seen(run);
    told.clear();

    target.seen(run);
    target.seen(resource(CronWorkflows.toWorkflow(cron, SLOT), WorkflowPhase.SUCCEEDED));

    assertThat(told).containsExactly("nightly");
  }

  private static WorkflowResource resource(Workflow workflow, WorkflowPhase phase) {
    var resource = new WorkflowResource();
    resource.setMetadata(
        new ObjectMetaBuilder()
            .withName(workflow.name())
            .withNamespace(NS)
            .withLabels(Map.copyOf(workflow.metadata().labels()))
            .build());
    if (phase != null) {
      resource.setStatus(
          new WorkflowStatus(
              phase, null, null, null, null, null, null, null, null, null, null, null, null));
    }
    return resource;
  }

  private WorkflowResource stored(String name) {
    return client.resources(WorkflowResource.class).inNamespace(NS).withName(name).get();
  }

  private static CronWorkflow cron(String name) {
    return ModelJson.read(
        """
        {"apiVersion": "wf.dev/v1alpha1", "kind": "CronWorkflow", "metadata": {"name": "%s"},
         "spec": {"schedules": ["* * * * *"],
                  "workflowSpec": {"entrypoint": "main",
                    "templates": [{"name": "main", "container": {"image": "alpine"}}]}}}
        """
            .formatted(name),
        CronWorkflow.class);
  }
}
