package dev.wf.api.spec;

/**
 * A workflow's {@code spec.artifactRepositoryRef}: which key of which ConfigMap describes its
 * artifact repository. The ConfigMap defaults to {@code artifact-repositories}; the key to the
 * ConfigMap's annotation {@code workflows.argoproj.io/default-artifact-repository}, as in Argo.
 */
public record ArtifactRepositoryRef(String configMap, String key) {
  /** The ConfigMap a ref names when it names none. */
  public static final String DEFAULT_CONFIG_MAP = "artifact-repositories";

  /** The ConfigMap annotation that names the default key. */
  public static final String DEFAULT_KEY_ANNOTATION =
      "workflows.argoproj.io/default-artifact-repository";
}
