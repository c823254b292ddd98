package dev.wf.runtime.k8s;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * Pod garbage collection as Argo's {@code podGC} does it. The controller tells it when it has read
 * a step's result and when a workflow has completed; pods the workflow's {@link PodGc} selects are
 * then deleted after its delay, and the others are labelled {@link PodLabels#COMPLETED} so that
 * everyone can tell they are done with. Failures are logged, never thrown: a pod left behind costs
 * space, not correctness.
 */
public final class PodCollector {
  private static final System.Logger LOG = System.getLogger(PodCollector.class.getName());

  /** What becomes of one pod. */
  enum Action {
    LABEL,
    DELETE
  }

  private static final String COMPLETED_PATCH =
      "{\"metadata\":{\"labels\":{\"" + PodLabels.COMPLETED + "\":\"true\"}}}";

  private final KubernetesClient client;
  private final String namespace;
  private final StepCaches caches;
  private final TaskScheduler scheduler;

  PodCollector(
      KubernetesClient client, String namespace, StepCaches caches, TaskScheduler scheduler) {
    this.client = client;
    this.namespace = namespace;
    this.caches = caches;
    this.scheduler = scheduler;
  }

  /**
   * The controller has read the result of this step into the workflow's status: its pod is labelled
   * completed and, if {@code gc} says so ({@code OnPodCompletion}, or {@code OnPodSuccess} and the
   * step succeeded), deleted after the delay.
   */
  public void stepRead(String workflowName, String nodeId, boolean succeeded, PodGc gc) {
    caches
        .pod(nodeId)
        .filter(p -> workflowName.equals(StepCaches.workflowOf(p)))
        .ifPresent(
            pod -> collect(pod, action(gc, pod, succeeded, false, false), gc.deleteDelay(), true));
  }

  /**
   * The workflow has completed: with {@code OnWorkflowCompletion}, or {@code OnWorkflowSuccess} and
   * it succeeded, its selected pods are deleted after the delay; pods that pod-level strategies
   * select and were not read yet are deleted too; all others are labelled completed.
   */
  public void workflowCompleted(String workflowName, boolean succeeded, PodGc gc) {
    workflowCompleted(workflowName, succeeded, gc, Set.of());
  }

  /**
   * As {@link #workflowCompleted(String, boolean, PodGc)}, but the pods of {@code labelled} nodes
   * were handed to {@link #stepRead} already, which labelled them: they are not labelled again (the
   * informer may not show that label yet), only deleted if {@code gc} says so.
   */
  public void workflowCompleted(
      String workflowName, boolean succeeded, PodGc gc, Set<String> labelled) {
    for (Pod pod : caches.pods(workflowName)) {
      boolean podSucceeded =
          "Succeeded".equals(pod.getStatus() == null ? null : pod.getStatus().getPhase());
      Action action = action(gc, pod, podSucceeded, true, succeeded);
      collect(pod, action, gc.deleteDelay(), !labelled.contains(StepCaches.nodeOf(pod)));
    }
  }

  /** Argo's choice for one pod, given its step's end and the workflow's. */
  static Action action(
      PodGc gc,
      Pod pod,
      boolean stepSucceeded,
      boolean workflowCompleted,
      boolean workflowSucceeded) {
    if (!gc.selector().matches(pod.getMetadata().getLabels())) return Action.LABEL;
    return switch (gc.strategy()) {
      case NONE -> Action.LABEL;
      case ON_POD_COMPLETION -> Action.DELETE;
      case ON_POD_SUCCESS -> stepSucceeded ? Action.DELETE : Action.LABEL;
      case ON_WORKFLOW_COMPLETION -> workflowCompleted ? Action.DELETE : Action.LABEL;
      case ON_WORKFLOW_SUCCESS -> workflowSucceeded ? Action.DELETE : Action.LABEL;
    };
  }

  private void collect(Pod pod, Action action, Duration delay, boolean label) {
    String name = pod.getMetadata().getName();
    String uid = pod.getMetadata().getUid();
    if (label && !"true".equals(labels(pod).get(PodLabels.COMPLETED))) label(pod);
    if (action == Action.DELETE) {
      scheduler.schedule(delay, () -> delete(name, uid));
    }
  }

  /**
   * One merge patch on the cached pod (by name alone, fabric8 would read the pod first; an edit
   * would read it and send a diff).
   */
  private void label(Pod pod) {
    try {
      client
          .pods()
          .inNamespace(namespace)
          .resource(pod)
          .patch(PatchContext.of(PatchType.JSON_MERGE), COMPLETED_PATCH);
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        LOG.log(Level.WARNING, "cannot label pod " + pod.getMetadata().getName() + ": " + e);
      }
    }
  }

  /** Deletes the pod unless it was replaced meanwhile (a step run again under the same name). */
  private void delete(String name, String uid) {
    boolean same =
        caches.pod(name).map(p -> Objects.equals(uid, p.getMetadata().getUid())).orElse(false);
    if (!same) return;
    try {
      PodRemoval.delete(client, namespace, name);
    } catch (KubernetesClientException e) {
      LOG.log(Level.WARNING, "cannot delete pod " + name + ": " + e);
    }
  }

  private static Map<String, String> labels(Pod pod) {
    var labels = pod.getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }
}
