package dev.wf.executor;

import java.util.List;

import dev.wf.executor.artifacts.InputArtifactSpec;

/**
 * A {@code resource} step: one action on one Kubernetes object, then a wait for its conditions,
 * with every {@code {{...}}} already substituted. Part of {@link StepSpec}, plain JSON; only the
 * Kubernetes runtime can run it.
 *
 * @param action get, create, apply, delete, replace or patch
 * @param manifest the object (YAML or JSON); for patch, the patch; null when {@code manifestFrom}
 *     gives it
 * @param manifestFrom the input artifact that holds the manifest, or null
 * @param successCondition Argo's condition syntax ({@code status.succeeded > 0}); null for none
 * @param failureCondition the same; any one requirement that holds fails the step
 * @param mergeStrategy for patch: strategic (the default), merge or json
 * @param setOwnerReference whether the object gets the workflow as its controlling owner
 * @param flags kubectl flags as written; only {@code -n}/{@code --namespace} has a meaning here
 * @param outputParameters what to read from the object once the conditions hold
 */
public record ResourceSpec(
    String action,
    String manifest,
    InputArtifactSpec manifestFrom,
    String successCondition,
    String failureCondition,
    String mergeStrategy,
    boolean setOwnerReference,
    List<String> flags,
    List<ResourceOutput> outputParameters) {
  public ResourceSpec {
    mergeStrategy = mergeStrategy == null || mergeStrategy.isBlank() ? "strategic" : mergeStrategy;
    flags = flags == null ? List.of() : List.copyOf(flags);
    outputParameters = outputParameters == null ? List.of() : List.copyOf(outputParameters);
  }

  /**
   * An output parameter read from the object: with {@code jsonPath} (kubectl's template, {@code
   * {.metadata.name}}) or {@code jqFilter} (a jq path); {@code defaultValue} when the object is
   * gone.
   */
  public record ResourceOutput(
      String name, String jsonPath, String jqFilter, String defaultValue) {}
}
