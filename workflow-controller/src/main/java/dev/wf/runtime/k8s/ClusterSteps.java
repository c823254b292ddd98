package dev.wf.runtime.k8s;

import java.util.List;

import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.engine.RemoteRunner;
import dev.wf.runtime.StepLogs;

/**
 * The steps of one namespace as {@code wf --kube} sees them from outside the controller: their logs
 * read from the pods, and their pods and results removed when a retry runs their nodes again.
 */
public final class ClusterSteps implements StepLogs, RemoteRunner.StepRemoval {
  private final KubernetesClient client;
  private final String namespace;
  private final PodLogs logs;

  public ClusterSteps(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
    this.logs = new PodLogs(client, namespace);
  }

  @Override
  public List<String> lines(String workflowName, String nodeId, int from) {
    return logs.lines(nodeId, from);
  }

  @Override
  public void remove(String workflowName, String nodeId) {
    PodRemoval.deleteStep(client, namespace, nodeId);
  }
}
