package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeSynchronizationStatus;
import dev.wf.api.spec.SynchronizationStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.sync.Limit;
import dev.wf.engine.sync.LockTable;

/** Workflow- and template-level synchronization, decided pass by pass over a shared lock table. */
class SynchronizationReconcilerTest {
  private static final Instant T1 = T0.plusSeconds(1);
  private static final Instant T2 = T0.plusSeconds(2);
  private static final String SEMAPHORE = "default/ConfigMap/limits/template";

  private final LockTable table = new LockTable();

  private static Workflow named(String yaml, String name, Instant created) {
    Workflow wf = workflow(yaml.replace("NAME", name));
    return wf.withMetadata(wf.metadata().withIdentity(name, "default", name, created));
  }

  private SharedRun run(Workflow wf) {
    return new SharedRun(wf, table, Map.of(SEMAPHORE, Limit.of(2)));
  }

  private static final String WORKFLOW_MUTEX =
      """
      metadata: {name: NAME}
      spec:
        entrypoint: main
        synchronization:
          mutexes: [{name: deploy}]
        templates:
        - name: main
          container: {image: alpine, command: [echo, hi]}
      """;

  private static final String TEMPLATE_MUTEX =
      """
      metadata: {name: NAME}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: a, template: locked}
            - {name: b, template: locked}
        - name: locked
          synchronization:
            mutex: {name: db}
          container: {image: alpine, command: [echo, hi]}
      """;

  private static final String TEMPLATE_SEMAPHORE =
      """
      metadata: {name: NAME}
      spec:
        entrypoint: main
        templates:
        - name: main
          steps:
          - - {name: a, template: limited}
            - {name: b, template: limited}
            - {name: c, template: limited}
        - name: limited
          synchronization:
            semaphores:
            - configMapKeyRef: {name: limits, key: template}
          container: {image: alpine, command: [echo, hi]}
      """;

  @Test
  void aWorkflowHoldingItsMutexRunsAndRecordsTheHolding() {
    SharedRun first = run(named(WORKFLOW_MUTEX, "first", T0));

    Decision d = first.pass(T0);

    assertThat(EngineRun.started(d)).hasSize(1);
    assertThat(first.status().synchronization().mutex().holding())
        .containsExactly(
            new SynchronizationStatus.MutexHolding("default/Mutex/deploy", "default/first"));
  }

  @Test
  void aSecondWorkflowWaitsPendingWithArgosMessage() {
    run(named(WORKFLOW_MUTEX, "first", T0)).pass(T0);
    SharedRun second = run(named(WORKFLOW_MUTEX, "second", T1));

    Decision d = second.pass(T1);

    assertThat(d.actions()).isEmpty();
    assertThat(second.status().phase()).isEqualTo(WorkflowPhase.PENDING);
    assertThat(second.status().message())
        .isEqualTo("Waiting for default/Mutex/deploy lock. Lock status: 0/1");
    assertThat(second.status().nodes()).isEmpty();
    assertThat(second.status().synchronization().mutex().waiting())
        .containsExactly(
            new SynchronizationStatus.MutexHolding("default/Mutex/deploy", "default/first"));
  }

  @Test
  void theWaitingWorkflowIsWokenAndRunsOnceTheHolderCompletes() {
    SharedRun first = run(named(WORKFLOW_MUTEX, "first", T0));
    first.pass(T0);
    SharedRun second = run(named(WORKFLOW_MUTEX, "second", T1));
    second.pass(T1);

    first.succeed("first", Map.of(), T2);
    first.pass(T2);
    Decision d = second.pass(T2);

    assertThat(first.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(first.status().synchronization()).isNull();
    assertThat(first.woken()).containsExactly("second");
    assertThat(EngineRun.started(d)).hasSize(1);
    assertThat(second.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
  }

  @Test
  void aNodeWaitsPendingForItsTemplatesMutex() {
    SharedRun run = run(named(TEMPLATE_MUTEX, "wf", T0));

    Decision d = run.pass(T0);

    assertThat(EngineRun.started(d)).hasSize(1);
    assertThat(run.node("wf[0].a").phase()).isEqualTo(NodePhase.RUNNING);
    assertThat(run.node("wf[0].b").phase()).isEqualTo(NodePhase.PENDING);
    assertThat(run.node("wf[0].b").message())
        .isEqualTo("Waiting for default/Mutex/db lock. Lock status: 0/1");
    assertThat(run.node("wf[0].b").synchronizationStatus())
        .isEqualTo(new NodeSynchronizationStatus("default/Mutex/db"));
  }

  @Test
  void theNodeHoldsTheMutexUnderItsNodeId() {
    SharedRun run = run(named(TEMPLATE_MUTEX, "wf", T0));

    run.pass(T0);

    String holder = "default/wf/" + run.node("wf[0].a").id();
    assertThat(run.status().synchronization().mutex().holding())
        .containsExactly(new SynchronizationStatus.MutexHolding("default/Mutex/db", holder));
  }

  @Test
  void theWaitingNodeRunsOnceTheHoldingNodeEnds() {
    SharedRun run = run(named(TEMPLATE_MUTEX, "wf", T0));
    run.pass(T0);

    run.succeed("wf[0].a", Map.of(), T1);
    Decision d = run.pass(T1);

    assertThat(EngineRun.started(d))
        .singleElement()
        .satisfies(s -> assertThat(s.nodeId()).isEqualTo(run.node("wf[0].b").id()));
    assertThat(run.node("wf[0].b").phase()).isEqualTo(NodePhase.RUNNING);
    assertThat(run.node("wf[0].b").synchronizationStatus()).isNull();
    assertThat(run.node("wf[0].b").message()).isNull();
  }

  @Test
  void aTemplateSemaphoreAdmitsItsLimit() {
    SharedRun run = run(named(TEMPLATE_SEMAPHORE, "wf", T0));

    Decision d = run.pass(T0);

    assertThat(EngineRun.started(d)).hasSize(2);
    assertThat(run.node("wf[0].c").phase()).isEqualTo(NodePhase.PENDING);
    assertThat(run.node("wf[0].c").message())
        .isEqualTo("Waiting for " + SEMAPHORE + " lock. Lock status: 0/2");
  }

  @Test
  void aTemplateMutexIsSharedAcrossWorkflows() {
    run(named(TEMPLATE_MUTEX, "one", T0)).pass(T0);
    SharedRun two = run(named(TEMPLATE_MUTEX, "two", T1));

    Decision d = two.pass(T1);

    assertThat(EngineRun.started(d)).isEmpty();
    assertThat(two.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
  }

  @Test
  void aSemaphoreWithoutALimitErrorsTheNode() {
    var missing = Limit.failed("failed to initialize semaphore " + SEMAPHORE + " with limit: gone");
    var run = new SharedRun(named(TEMPLATE_SEMAPHORE, "wf", T0), table, Map.of(SEMAPHORE, missing));

    run.pass(T0);

    assertThat(run.node("wf[0].a").phase()).isEqualTo(NodePhase.ERROR);
    assertThat(run.node("wf[0].a").message()).isEqualTo(missing.error());
  }

  @Test
  void aWorkflowSemaphoreWithoutALimitFailsTheWorkflow() {
    String yaml =
        """
        metadata: {name: NAME}
        spec:
          entrypoint: main
          synchronization:
            semaphores:
            - configMapKeyRef: {name: nowhere, key: workflow}
          templates:
          - name: main
            container: {image: alpine}
        """;
    var run = new SharedRun(named(yaml, "wf", T0), table, Map.of());

    run.pass(T0);

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message())
        .startsWith(
            "Failed to acquire the synchronization lock. failed to initialize semaphore"
                + " default/ConfigMap/nowhere/workflow with limit");
  }

  @Test
  void aDatabaseMutexFailsTheWorkflowWithArgosMessage() {
    String yaml = WORKFLOW_MUTEX.replace("{name: deploy}", "{name: deploy, database: true}");
    SharedRun run = run(named(yaml, "wf", T0));

    run.pass(T0);

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(run.status().message())
        .startsWith(
            "Failed to acquire the synchronization lock. synchronization database session is not"
                + " available");
  }

  @Test
  void aMutexNameMayUseTheNodesInputs() {
    String yaml =
        """
        metadata: {name: NAME}
        spec:
          entrypoint: main
          arguments:
            parameters: [{name: env, value: prod}]
          templates:
          - name: main
            inputs:
              parameters: [{name: env}]
            synchronization:
              mutexes: [{name: "deploy-{{inputs.parameters.env}}"}]
            container: {image: alpine}
        """;
    Workflow wf = named(yaml, "wf", T0);
    SharedRun run = run(wf);

    run.pass(T0);

    assertThat(run.status().synchronization().mutex().holding().get(0).mutex())
        .isEqualTo("default/Mutex/deploy-prod");
  }
}
