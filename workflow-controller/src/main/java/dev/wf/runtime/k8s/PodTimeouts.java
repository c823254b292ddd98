package dev.wf.runtime.k8s;

import java.time.Duration;

/**
 * How long {@link KubernetesRuntime} waits on pod states that may still resolve by themselves
 * before it ends the step with an error.
 *
 * @param imagePull how long a container may wait on a failing image pull ({@code ErrImagePull},
 *     {@code ImagePullBackOff}) after the pod was created; the kubelet retries pulls for ever, so
 *     without a limit such a step would never end. {@code InvalidImageName} ends a step at once.
 * @param result how long after its containers ended a pod may go without a StepResult before the
 *     step errors (the wait container reports it as its last act, so it is normally on its way)
 * @param missing how long after the runtime created a pod it may be absent from the informer cache
 *     before the step errors with "pod deleted"
 */
public record PodTimeouts(Duration imagePull, Duration result, Duration missing) {
  /** Three minutes for image pulls, thirty seconds for results, ten seconds for missing pods. */
  public static final PodTimeouts DEFAULT =
      new PodTimeouts(Duration.ofMinutes(3), Duration.ofSeconds(30), Duration.ofSeconds(10));
}
