package dev.wf.api.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The artifact repository a workflow resolved when it was submitted, kept in {@code
 * status.artifactRepositoryRef} in Argo's shape, so that the workflow keeps using it even if the
 * ConfigMap or {@code config.yaml} changes while it runs. {@code isDefault} is true when it came
 * from {@code config.yaml} (or is the embedded file repository) rather than from a ConfigMap.
 */
public record ArtifactRepositoryRefStatus(
    String namespace,
    String configMap,
    String key,
    @JsonProperty("default") Boolean isDefault,
    ArtifactRepository artifactRepository) {
  /** The installation's default repository. */
  public static ArtifactRepositoryRefStatus ofDefault(ArtifactRepository repository) {
    return new ArtifactRepositoryRefStatus(null, null, null, true, repository);
  }
}
