package dev.wf.runtime.k8s;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.pod.PodLayout;

/**
 * What a step's pod says of the step when no StepResult does, mapped as Argo maps pods to nodes: a
 * Pending pod (or one with no phase yet) leaves the step pending, a Running pod runs; a killed pod
 * failed with the kill's message; an OOM-killed main container failed; a failing image pull errors
 * (at once for an invalid name, after {@link PodTimeouts#imagePull()} otherwise); a Failed pod ends
 * as {@link PodFailure} says; an ended pod whose result has not arrived still runs until {@link
 * PodTimeouts#result()} has passed since its containers ended (for ever, when they do not say
 * when).
 *
 * @param state the step's state
 * @param recheckAt when the state changes by itself (a timeout), or null
 * @param stopPod whether the step is over while its pod still runs, so the pod should be deleted
 */
record PodOutcome(StepState state, Instant recheckAt, boolean stopPod) {
  /** Waiting reasons the kubelet retries; the step errors once they last too long. */
  private static final Set<String> PULL_RETRIED = Set.of("ErrImagePull", "ImagePullBackOff");

  /** Waiting reasons the kubelet never recovers from. */
  private static final Set<String> PULL_HOPELESS = Set.of("InvalidImageName", "ErrImageNeverPull");

  static final String NO_RESULT = "the step's pod ended without reporting a result";

  static PodOutcome of(Pod pod, Instant now, PodTimeouts timeouts) {
    Instant startedAt = startedAt(pod, now);
    String killed = annotations(pod).get(PodLabels.KILLED);
    if (killed != null) return ended(pod, now, Phase.FAILED, killed, mainExitCode(pod));
    Optional<Integer> oom = oomExitCode(pod);
    if (oom.isPresent()) return ended(pod, now, Phase.FAILED, oomMessage(oom.get()), oom.get());
    String phase = phase(pod);
    if (pending(pod)) {
      return pulling(pod, now, timeouts, true).orElse(pending(startedAt, null));
    }
    if (phase.equals("Running")) {
      return pulling(pod, now, timeouts, false).orElse(running(startedAt, null));
    }
    return switch (phase) {
      case "Succeeded" -> awaitingResult(pod, now, timeouts);
      case "Failed" ->
          PodFailure.of(pod)
              .map(r -> ended(pod, now, r.phase(), r.message(), r.exitCode()))
              .orElseGet(() -> awaitingResult(pod, now, timeouts));
      default ->
          ended(
              pod,
              now,
              Phase.ERROR,
              "Unexpected pod phase for " + pod.getMetadata().getName() + ": " + phase,
              null);
    };
  }

  /**
   * The step's reported result, except that a main container killed for lack of memory makes it a
   * failure that says so (the wait container cannot tell why main died).
   */
  static StepResult overOom(Pod pod, StepResult result) {
    return oomExitCode(pod)
        .map(
            code ->
                new StepResult(
                    Phase.FAILED,
                    code,
                    result.result(),
                    result.outputParameters(),
                    oomMessage(code),
                    result.startedAt(),
                    result.finishedAt(),
                    result.outputArtifacts(),
                    result.logArtifact()))
        .orElse(result);
  }

  private static Optional<Integer> oomExitCode(Pod pod) {
    return PodContainers.terminated(pod, PodLayout.MAIN)
        .filter(t -> "OOMKilled".equals(t.getReason()))
        .map(t -> t.getExitCode());
  }

  private static String oomMessage(int exitCode) {
    return "OOMKilled (exit code " + exitCode + ")";
  }

  boolean done() {
    return state.done();
  }

  /** A container that cannot get its image: an error now, or once the pull has failed too long. */
  private static Optional<PodOutcome> pulling(
      Pod pod, Instant now, PodTimeouts timeouts, boolean podPending) {
    for (ContainerStatus container : PodContainers.all(pod)) {
      ContainerStateWaiting waiting =
          container.getState() == null ? null : container.getState().getWaiting();
      if (waiting == null || waiting.getReason() == null) continue;
      String reason = waiting.getReason();
      if (!PULL_RETRIED.contains(reason) && !PULL_HOPELESS.contains(reason)) continue;
      String message = PodContainers.reason(reason, waiting.getMessage());
      Instant deadline = createdAt(pod, now).plus(timeouts.imagePull());
      if (PULL_RETRIED.contains(reason) && now.isBefore(deadline)) {
        Instant startedAt = startedAt(pod, now);
        return Optional.of(
            podPending ? pending(startedAt, deadline) : running(startedAt, deadline));
      }
      PodOutcome error = ended(pod, now, Phase.ERROR, message, null);
      return Optional.of(new PodOutcome(error.state(), null, true));
    }
    return Optional.empty();
  }

  /** An ended pod whose wait container reports the result: it runs until the result is late. */
  private static PodOutcome awaitingResult(Pod pod, Instant now, PodTimeouts timeouts) {
    Optional<Instant> finishedAt = PodContainers.finishedAt(pod);
    if (finishedAt.isEmpty()) return running(startedAt(pod, now), null);
    Instant deadline = finishedAt.get().plus(timeouts.result());
    if (now.isBefore(deadline)) return running(startedAt(pod, now), deadline);
    return ended(pod, now, Phase.ERROR, NO_RESULT, mainExitCode(pod));
  }

  /** A pod that is not running yet (unscheduled, pulling images, in its init container). */
  private static PodOutcome pending(Instant startedAt, Instant recheckAt) {
    return new PodOutcome(StepState.pending(startedAt), recheckAt, false);
  }

  private static PodOutcome running(Instant startedAt, Instant recheckAt) {
    return new PodOutcome(StepState.running(startedAt), recheckAt, false);
  }

  private static PodOutcome ended(
      Pod pod, Instant now, Phase phase, String message, Integer exitCode) {
    Instant finishedAt = PodContainers.finishedAt(pod).orElse(now);
    var result =
        new StepResult(phase, exitCode, null, Map.of(), message, startedAt(pod, now), finishedAt);
    return new PodOutcome(StepState.ended(result), null, false);
  }

  private static Integer mainExitCode(Pod pod) {
    return PodContainers.exitCode(pod, PodLayout.MAIN).orElse(null);
  }

  /** The pod's phase, or null when it has none yet. */
  static String phase(Pod pod) {
    return pod.getStatus() == null ? null : pod.getStatus().getPhase();
  }

  /** Whether the pod is not running yet: phase Pending, or no phase at all. */
  static boolean pending(Pod pod) {
    String phase = phase(pod);
    return phase == null || phase.equals("Pending");
  }

  /** When the pod started running, else when it was created. */
  static Instant startedAt(Pod pod, Instant now) {
    var status = pod.getStatus();
    if (status != null && status.getStartTime() != null)
      return Instant.parse(status.getStartTime());
    return createdAt(pod, now);
  }

  private static Instant createdAt(Pod pod, Instant now) {
    String created = pod.getMetadata().getCreationTimestamp();
    return created == null ? now : Instant.parse(created);
  }

  static Map<String, String> annotations(Pod pod) {
    var annotations = pod.getMetadata().getAnnotations();
    return annotations == null ? Map.of() : annotations;
  }
}
