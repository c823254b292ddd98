package dev.wf.api.spec;

/**
 * A condition of a workflow in Argo's shape ({@code status.conditions}): a {@code type} such as
 * {@value #ARTIFACT_GC_ERROR}, whether it holds ({@code "True"}) and what happened.
 */
public record Condition(String type, String status, String message) {
  /** Deleting the workflow's artifacts (artifact garbage collection) failed. */
  public static final String ARTIFACT_GC_ERROR = "ArtifactGCError";

  /** A spec could not be acted on (a cron workflow's schedule, zone or expressions). */
  public static final String SPEC_ERROR = "SpecError";

  /** A condition that holds. */
  public static Condition holds(String type, String message) {
    return new Condition(type, "True", message);
  }
}
