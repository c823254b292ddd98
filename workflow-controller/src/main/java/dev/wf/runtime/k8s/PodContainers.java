package dev.wf.runtime.k8s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

/** Reads a pod's container statuses: who ended how, when, and why something waits. */
final class PodContainers {
  private PodContainers() {}

  static List<ContainerStatus> statuses(Pod pod) {
    var status = pod.getStatus();
    return status == null || status.getContainerStatuses() == null
        ? List.of()
        : status.getContainerStatuses();
  }

  static List<ContainerStatus> initStatuses(Pod pod) {
    var status = pod.getStatus();
    return status == null || status.getInitContainerStatuses() == null
        ? List.of()
        : status.getInitContainerStatuses();
  }

  /** Init containers, then the others. */
  static List<ContainerStatus> all(Pod pod) {
    var all = new ArrayList<>(initStatuses(pod));
    all.addAll(statuses(pod));
    return all;
  }

  static Optional<ContainerStateTerminated> terminated(Pod pod, String container) {
    return statuses(pod).stream()
        .filter(s -> container.equals(s.getName()))
        .filter(s -> s.getState() != null && s.getState().getTerminated() != null)
        .map(s -> s.getState().getTerminated())
        .findFirst();
  }

  static Optional<Integer> exitCode(Pod pod, String container) {
    return terminated(pod, container).map(ContainerStateTerminated::getExitCode);
  }

  /** Kubernetes' "reason: message", or the reason alone. */
  static String reason(String reason, String message) {
    return message == null || message.isBlank() ? reason : reason + ": " + message;
  }

  /** {@code Error (exit code 1)}, with the container's message after a colon when it has one. */
  static String exitMessage(ContainerStateTerminated ended) {
    String reason = ended.getReason() == null ? "Error" : ended.getReason();
    return reason((reason + " (exit code " + ended.getExitCode() + ")"), ended.getMessage());
  }

  /** When the last container ended; empty while one runs or none ended. */
  static Optional<Instant> finishedAt(Pod pod) {
    Instant latest = null;
    for (ContainerStatus status : all(pod)) {
      var state = status.getState();
      if (state == null) continue;
      if (state.getRunning() != null) return Optional.empty();
      var ended = state.getTerminated();
      if (ended == null || ended.getFinishedAt() == null) continue;
      Instant at = Instant.parse(ended.getFinishedAt());
      if (latest == null || at.isAfter(latest)) latest = at;
    }
    return Optional.ofNullable(latest);
  }
}
