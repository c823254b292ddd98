package dev.wf.runtime.k8s;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.pod.PodLayout;

/**
 * Why a pod in phase {@code Failed} failed, read as Argo reads it: the pod's own message first (an
 * eviction, a deadline), then the containers in the order init, main, wait, sidecars; a container
 * that never started is an error, a failed main container a failure, a failed init or wait
 * container an error, and sidecars killed by signal (exit 137 or 143) are ignored.
 */
final class PodFailure {
  /** A failure: the step's phase and message, and the main container's exit code if known. */
  record Reason(Phase phase, String message, Integer exitCode) {}

  private PodFailure() {}

  /**
   * The failure of a {@code Failed} pod; empty when its wait container ended well, so that the
   * step's own result is on its way and says more.
   */
  static Optional<Reason> of(Pod pod) {
    var status = pod.getStatus();
    if (status.getMessage() != null && !status.getMessage().isBlank()) {
      return Optional.of(new Reason(Phase.FAILED, status.getMessage(), null));
    }
    if (PodContainers.exitCode(pod, PodLayout.WAIT).filter(c -> c == 0).isPresent()) {
      return Optional.empty();
    }
    List<ContainerStatus> ordered = ordered(pod);
    if (ordered.isEmpty()) {
      return Optional.of(
          new Reason(Phase.FAILED, "can't find failed message for pod " + name(pod), null));
    }
    for (ContainerStatus container : ordered) {
      Optional<Reason> reason = reason(container);
      if (reason.isPresent()) return reason;
    }
    return Optional.of(new Reason(Phase.FAILED, fallback(pod), null));
  }

  private static Optional<Reason> reason(ContainerStatus container) {
    var state = container.getState();
    if (state == null) return Optional.empty();
    if (state.getWaiting() != null) {
      String message =
          "Pod failed before "
              + container.getName()
              + " container starts due to "
              + PodContainers.reason(
                  state.getWaiting().getReason(), state.getWaiting().getMessage());
      return Optional.of(new Reason(Phase.ERROR, message, null));
    }
    ContainerStateTerminated ended = state.getTerminated();
    if (ended == null || ended.getExitCode() == null || ended.getExitCode() == 0) {
      return Optional.empty();
    }
    return switch (container.getName()) {
      case PodLayout.MAIN ->
          Optional.of(
              new Reason(Phase.FAILED, PodContainers.exitMessage(ended), ended.getExitCode()));
      case PodLayout.INIT, PodLayout.WAIT -> Optional.of(containerReason(Phase.ERROR, container));
      default ->
          ended.getExitCode() == 137 || ended.getExitCode() == 143
              ? Optional.empty()
              : Optional.of(containerReason(Phase.FAILED, container));
    };
  }

  private static Reason containerReason(Phase phase, ContainerStatus container) {
    String message =
        container.getName()
            + ": "
            + PodContainers.exitMessage(container.getState().getTerminated());
    return new Reason(phase, message, null);
  }

  /** Init containers first, then main, wait and the sidecars. */
  private static List<ContainerStatus> ordered(Pod pod) {
    var containers = new ArrayList<>(PodContainers.statuses(pod));
    containers.sort(Comparator.comparingInt(PodFailure::rank));
    var all = new ArrayList<>(PodContainers.initStatuses(pod));
    all.addAll(containers);
    return all;
  }

  private static int rank(ContainerStatus container) {
    return switch (container.getName()) {
      case PodLayout.MAIN -> 0;
      case PodLayout.WAIT -> 1;
      default -> 2;
    };
  }

  private static String fallback(Pod pod) {
    boolean main = PodContainers.exitCode(pod, PodLayout.MAIN).filter(c -> c == 0).isPresent();
    return main
        ? "pod failed: wait container did not complete successfully"
        : "pod failed: neither main nor wait container completed successfully";
  }

  private static String name(Pod pod) {
    return pod.getMetadata().getName() + " namespace " + pod.getMetadata().getNamespace();
  }
}
