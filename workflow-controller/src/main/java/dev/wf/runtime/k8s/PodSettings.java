package dev.wf.runtime.k8s;

import dev.wf.config.ImageEntrypoints;

/**
 * How the controller builds step pods: the executor image its init and wait containers run, and the
 * entrypoints of images whose containers set no {@code command} (the shim must know what to run).
 *
 * @param executorImage the executor image, e.g. {@code ghcr.io/wf/executor:0.1.0}
 * @param executorImagePullPolicy its pull policy ({@code IfNotPresent}, ...), or null for the
 *     cluster's default
 * @param images entrypoints of user images, the {@code images:} map of the controller's config
 * @param serviceAccountName the service account of step pods whose workflow and template name none
 *     (it must be allowed to write StepResults), or null for the namespace's default
 */
public record PodSettings(
    String executorImage,
    String executorImagePullPolicy,
    ImageEntrypoints images,
    String serviceAccountName) {
  public PodSettings {
    images = images == null ? ImageEntrypoints.none() : images;
  }
}
