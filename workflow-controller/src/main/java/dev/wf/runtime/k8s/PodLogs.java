package dev.wf.runtime.k8s;

import java.util.Arrays;
import java.util.List;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;

import dev.wf.executor.pod.PodLayout;

/**
 * The main container's log of a step pod, read through the API. A pod that is gone has no log here;
 * the log archived by the wait container is the place to look then.
 */
final class PodLogs {
  private final KubernetesClient client;
  private final String namespace;

  PodLogs(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** Lines from index {@code from} on; empty when the pod or its log does not exist. */
  List<String> lines(String podName, int from) {
    String log;
    try {
      log = pod(podName).inContainer(PodLayout.MAIN).getLog();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404 || e.getCode() == 400) return List.of();
      throw e;
    }
    if (log == null || log.isEmpty()) return List.of();
    List<String> lines = Arrays.asList(log.split("\r?\n", -1));
    if (lines.getLast().isEmpty()) lines = lines.subList(0, lines.size() - 1);
    return from >= lines.size()
        ? List.of()
        : List.copyOf(lines.subList(Math.max(0, from), lines.size()));
  }

  /** The log as it is written, until the container ends; the caller closes the watch. */
  LogWatch follow(String podName) {
    return pod(podName).inContainer(PodLayout.MAIN).watchLog();
  }

  private PodResource pod(String podName) {
    return client.pods().inNamespace(namespace).withName(podName);
  }
}
