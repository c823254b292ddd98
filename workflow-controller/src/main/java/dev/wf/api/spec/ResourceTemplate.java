package dev.wf.api.spec;

import java.util.List;

/**
 * A {@code resource} body: one action ({@code get, create, apply, delete, replace, patch}) on the
 * Kubernetes object in {@code manifest} (or in the input artifact {@code manifestFrom} names),
 * then, unless it deletes, a wait until {@code successCondition} or {@code failureCondition} holds
 * on that object. Conditions are Argo's: label-selector requirements over paths of the object, such
 * as {@code status.succeeded > 0} or {@code status.phase in (Failed, Error)}.
 *
 * @param mergeStrategy for {@code patch}: {@code strategic} (the default), {@code merge} or {@code
 *     json}
 * @param setOwnerReference whether the object gets the workflow as its owner, so Kubernetes deletes
 *     it with the workflow
 * @param flags kubectl flags in Argo; wf honours {@code -n}/{@code --namespace} and ignores the
 *     rest
 */
public record ResourceTemplate(
    String action,
    String mergeStrategy,
    String manifest,
    ManifestFrom manifestFrom,
    Boolean setOwnerReference,
    String successCondition,
    String failureCondition,
    List<String> flags) {
  /** The actions Argo allows, in its order. */
  public static final List<String> ACTIONS =
      List.of("get", "create", "apply", "delete", "replace", "patch");

  /** The patch merge strategies Argo allows. */
  public static final List<String> MERGE_STRATEGIES = List.of("strategic", "merge", "json");

  public ResourceTemplate {
    flags = Lists.of(flags);
  }

  /**
   * Where the manifest comes from when not inline: an input artifact of the template, by name (Argo
   * takes a whole artifact here but reads only its name).
   */
  public record ManifestFrom(ArtifactName artifact) {}

  /** An artifact named by {@code manifestFrom}. */
  public record ArtifactName(String name) {}
}
