package dev.wf.runtime.k8s;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;

import dev.wf.executor.pod.PodLayout;

/** The pod statuses the {@link TestKubelet} writes, shaped as a kubelet reports them. */
final class PodStatuses {
  private PodStatuses() {}

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static PodStatus of(
      String phase, List<ContainerStatus> init, List<ContainerStatus> containers, String started) {
    return new PodStatusBuilder()
        .withPhase(phase)
        .withStartTime(started)
        .withInitContainerStatuses(init)
        .withContainerStatuses(containers)
        .build();
  }

  static ContainerStatus waiting(String name, String image, String reason, String message) {
    return status(
        name,
        image,
        new ContainerStateBuilder()
            .withNewWaiting()
            .withReason(reason)
            .withMessage(message)
            .endWaiting()
            .build());
  }

  static ContainerStatus running(String name, String image, String started) {
    return status(
        name,
        image,
        new ContainerStateBuilder().withNewRunning().withStartedAt(started).endRunning().build());
  }

  /** Terminated with {@code exitCode}; {@code reason} defaults to Completed or Error. */
  static ContainerStatus terminated(
      String name, String image, int exitCode, String reason, String started) {
    String why = reason != null ? reason : exitCode == 0 ? "Completed" : "Error";
    return status(
        name,
        image,
        new ContainerStateBuilder()
            .withNewTerminated()
            .withExitCode(exitCode)
            .withReason(why)
            .withStartedAt(started)
            .withFinishedAt(now())
            .endTerminated()
            .build());
  }

  static String mainImage(io.fabric8.kubernetes.api.model.Pod pod) {
    return pod.getSpec().getContainers().stream()
        .filter(c -> c.getName().equals(PodLayout.MAIN))
        .findFirst()
        .map(c -> c.getImage())
        .orElse(null);
  }

  private static ContainerStatus status(String name, String image, ContainerState state) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withImage(image)
        .withState(state)
        .withReady(state.getRunning() != null)
        .withRestartCount(0)
        .build();
  }
}
