package dev.wf.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What only a controller in a cluster reads from its {@code config.yaml} (the chart writes it): the
 * executor image of step pods and the service account steps run as when their workflow names none.
 *
 * @param executorImage the image of every step pod's init and wait containers
 * @param executorImagePullPolicy its pull policy, or null for the cluster's default
 * @param serviceAccountName the step pods' service account, or null for the namespace's default
 */
public record ClusterSettings(
    String executorImage, String executorImagePullPolicy, String serviceAccountName) {
  /** The executor image of this release, used when the config names none. */
  public static final String DEFAULT_EXECUTOR_IMAGE = "ghcr.io/wf-dev/wf-executor:0.1.0";

  public static final ClusterSettings DEFAULTS =
      new ClusterSettings(DEFAULT_EXECUTOR_IMAGE, null, null);

  public ClusterSettings {
    executorImage =
        executorImage == null || executorImage.isBlank() ? DEFAULT_EXECUTOR_IMAGE : executorImage;
  }

  /** Reads {@code executor: {image, imagePullPolicy}} and {@code serviceAccountName}. */
  static ClusterSettings parse(JsonNode root, String source) {
    JsonNode executor = root.get("executor");
    if (executor != null && !executor.isNull() && !executor.isObject()) {
      throw new ConfigException(source + ": executor: expected a mapping with image");
    }
    return new ClusterSettings(
        text(executor == null ? null : executor.get("image"), source, "executor.image"),
        text(
            executor == null ? null : executor.get("imagePullPolicy"),
            source,
            "executor.imagePullPolicy"),
        text(root.get("serviceAccountName"), source, "serviceAccountName"));
  }

  private static String text(JsonNode node, String source, String path) {
    if (node == null || node.isNull()) return null;
    if (!node.isTextual()) {
      throw new ConfigException(source + ": " + path + ": expected a string, found " + node);
    }
    return node.asText();
  }
}
