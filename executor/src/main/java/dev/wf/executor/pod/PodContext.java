package dev.wf.executor.pod;

import java.nio.file.Path;
import java.util.Map;

import dev.wf.executor.StepSpec;

/**
 * What an executor phase knows from its container's environment: the step, the shared directory,
 * where mounted secrets are, and the pod and workflow it reports for.
 */
public record PodContext(
    StepSpec spec, Path dir, Path secrets, String podName, String namespace, String workflowUid) {

  /**
   * Reads the context from {@code env} (see {@link PodLayout}).
   *
   * @throws IllegalArgumentException when the step spec is missing or not valid
   */
  public static PodContext of(Map<String, String> env) {
    String json = env.get(PodLayout.ENV_SPEC);
    if (json == null || json.isBlank())
      throw new IllegalArgumentException(PodLayout.ENV_SPEC + " is not set");
    return new PodContext(
        StepJson.spec(json),
        Path.of(env.getOrDefault(PodLayout.ENV_DIR, PodLayout.DEFAULT_DIR)),
        Path.of(env.getOrDefault(PodLayout.ENV_SECRETS_DIR, PodLayout.SECRETS_DIR)),
        env.get(PodLayout.ENV_POD_NAME),
        env.get(PodLayout.ENV_NAMESPACE),
        env.get(PodLayout.ENV_WORKFLOW_UID));
  }

  /** A file of the shared directory, by its {@link PodLayout} name. */
  public Path file(String name) {
    return dir.resolve(name);
  }

  /** Where a path of the main container (an output) was copied by the shim. */
  public Path output(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return dir.resolve(PodLayout.OUTPUTS).resolve(relative);
  }
}
