package dev.wf.runtime.k8s;

import java.util.Map;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import dev.wf.api.crd.StepResultResource;

/**
 * Deletes step pods and StepResults through the API. Deleting what is already gone is not an error:
 * another controller instance, a user or pod GC may have been first.
 */
final class PodRemoval {
  private PodRemoval() {}

  /**
   * Marks the pod killed with {@code message} (so that another controller instance knows why it
   * went), then deletes it.
   */
  static void kill(KubernetesClient client, String namespace, String podName, String message) {
    try {
      // A merge patch carries no version: a kubelet writing the pod's status meanwhile is no
      // conflict.
      var annotation =
          Map.of(
              "metadata",
              Map.of(
                  "annotations", Map.of(PodLabels.KILLED, message == null ? "killed" : message)));
      client
          .pods()
          .inNamespace(namespace)
          .withName(podName)
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              client.getKubernetesSerialization().asJson(annotation));
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) throw e;
      return;
    }
    delete(client, namespace, podName);
  }

  static void delete(KubernetesClient client, String namespace, String podName) {
    client.pods().inNamespace(namespace).withName(podName).delete();
  }

  /** Deletes a step's pod without grace and its StepResult. */
  static void deleteStep(KubernetesClient client, String namespace, String nodeId) {
    client.pods().inNamespace(namespace).withName(nodeId).withGracePeriod(0).delete();
    client.resources(StepResultResource.class).inNamespace(namespace).withName(nodeId).delete();
  }

  /** Deletes a workflow's pods without grace and its StepResults, by label. */
  static void deleteWorkflow(KubernetesClient client, String namespace, String workflowName) {
    client
        .pods()
        .inNamespace(namespace)
        .withLabel(PodLabels.WORKFLOW, workflowName)
        .withGracePeriod(0)
        .delete();
    client
        .resources(StepResultResource.class)
        .inNamespace(namespace)
        .withLabel(PodLabels.WORKFLOW, workflowName)
        .delete();
  }
}
