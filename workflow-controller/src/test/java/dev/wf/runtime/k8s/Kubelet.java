package dev.wf.runtime.k8s;

import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.api.crd.StepResultResource;
import dev.wf.api.crd.StepResultSpec;
import dev.wf.executor.StepResult;

/** Plays the kubelet and the wait container: patches pod statuses and reports StepResults. */
final class Kubelet {
  static final String STARTED = "2030-01-01T00:00:00Z";
  static final String FINISHED = "2030-01-01T00:00:05Z";

  private final KubernetesClient client;

  Kubelet(KubernetesClient client) {
    this.client = client;
  }

  void status(String pod, PodStatus status) {
    client.pods().withName(pod).editStatus(p -> new PodBuilder(p).withStatus(status).build());
  }

  void edit(String pod, UnaryOperator<Pod> change) {
    client.pods().withName(pod).edit(change);
  }

  void running(String pod) {
    status(pod, phase("Running").addToContainerStatuses(runningContainer("main")).build());
  }

  /** A StepResult as the wait container writes it: named after the node, labelled, with status. */
  void report(String workflow, String node, StepResult result) {
    var resource = new StepResultResource();
    resource.getMetadata().setName(node);
    resource.getMetadata().setLabels(Map.of(PodLabels.WORKFLOW, workflow));
    resource.setSpec(new StepResultSpec(workflow, node));
    resource.setStatus(result);
    client.resource(resource).create();
  }

  static PodStatusBuilder phase(String phase) {
    return new PodStatusBuilder().withPhase(phase).withStartTime(STARTED);
  }

  static ContainerStatus runningContainer(String name) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withNewState()
        .withNewRunning()
        .withStartedAt(STARTED)
        .endRunning()
        .endState()
        .build();
  }

  static ContainerStatus ended(String name, int exitCode, String reason) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withNewState()
        .withNewTerminated()
        .withExitCode(exitCode)
        .withReason(reason)
        .withFinishedAt(FINISHED)
        .endTerminated()
        .endState()
        .build();
  }

  static ContainerStatus waiting(String name, String reason, String message) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withNewState()
        .withNewWaiting()
        .withReason(reason)
        .withMessage(message)
        .endWaiting()
        .endState()
        .build();
  }

  static StepResult succeeded(String output) {
    return new StepResult(
        StepResult.Phase.SUCCEEDED,
        0,
        output,
        Map.of(),
        null,
        Instant.parse(STARTED),
        Instant.parse(FINISHED));
  }
}
