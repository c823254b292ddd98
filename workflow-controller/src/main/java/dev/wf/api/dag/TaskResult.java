package dev.wf.api.dag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.wf.api.dag.DependsExpression.TaskOutcome;
import dev.wf.api.spec.NodePhase;

/**
 * A result a {@code depends} expression can ask of a task ({@code A.Succeeded}, {@code
 * A.AnySucceeded}, ...), with Argo's names, and whether a task's outcome shows it.
 */
public enum TaskResult {
  SUCCEEDED("Succeeded"),
  FAILED("Failed"),
  ERRORED("Errored"),
  SKIPPED("Skipped"),
  OMITTED("Omitted"),
  DAEMONED("Daemoned"),
  ANY_SUCCEEDED("AnySucceeded"),
  ALL_FAILED("AllFailed");

  private final String label;

  TaskResult(String label) {
    this.label = label;
  }

  /** The name used after the dot, e.g. {@code Succeeded}. */
  public String label() {
    return label;
  }

  /** The result with this label, if there is one (labels are case-sensitive, as in Argo). */
  public static Optional<TaskResult> named(String label) {
    return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
  }

  /** Every label, in Argo's order, for messages. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(TaskResult::label).toList();
  }

  /** True for results that look at a looped task's children ({@code AnySucceeded, AllFailed}). */
  public boolean itemsBased() {
    return this == ANY_SUCCEEDED || this == ALL_FAILED;
  }

  /** Whether {@code outcome} shows this result. */
  public boolean holds(TaskOutcome outcome) {
    var phase = outcome.phase();
    return switch (this) {
      case SUCCEEDED -> phase == NodePhase.SUCCEEDED;
      case FAILED -> phase == NodePhase.FAILED;
      case ERRORED -> phase == NodePhase.ERROR;
      case SKIPPED -> phase == NodePhase.SKIPPED;
      case OMITTED -> phase == NodePhase.OMITTED;
      case DAEMONED -> outcome.daemoned() && phase != NodePhase.PENDING;
      case ANY_SUCCEEDED -> outcome.children().contains(NodePhase.SUCCEEDED);
      case ALL_FAILED ->
          !outcome.children().isEmpty()
              && outcome.children().stream().allMatch(p -> p == NodePhase.FAILED);
    };
  }
}
