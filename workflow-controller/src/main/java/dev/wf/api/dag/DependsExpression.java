package dev.wf.api.dag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.wf.api.spec.ContinueOn;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;
import dev.wf.api.spec.NodePhase;

/**
 * A DAG task's {@code depends} (or legacy {@code dependencies}), parsed once: which tasks it names
 * and whether it holds once they have ended. Bare {@code A} means {@code A.Succeeded || A.Skipped
 * || A.Daemoned}; {@code .Succeeded .Failed .Errored .Skipped .Omitted .Daemoned .AnySucceeded
 * .AllFailed}, {@code && || !} and parentheses are allowed.
 */
public interface DependsExpression {
  /**
   * Parses {@code text}; a syntax error throws {@link DependsSyntaxException} naming the offset.
   */
  static DependsExpression parse(String text) {
    return DependsParser.parse(text, Map.of());
  }

  /** {@code dependencies: [A, B]} as Argo reads it: {@code A && B}. */
  static DependsExpression allOf(List<String> dependencies) {
    return DependsParser.allOf(dependencies, Map.of());
  }

  /**
   * The condition of {@code task} inside {@code dag}: its {@code depends}, else its {@code
   * dependencies}. As in Argo, a bare name also accepts Failed or Errored when the task it names
   * has {@code continueOn.failed} or {@code continueOn.error}. Throws {@link
   * DependsSyntaxException} for a malformed {@code depends}.
   */
  static DependsExpression of(DagTask task, DagTemplate dag) {
    var continueOn = new LinkedHashMap<String, ContinueOn>();
    for (var other : dag.tasks()) {
      if (other.name() != null && other.continueOn() != null) {
        continueOn.put(other.name(), other.continueOn());
      }
    }
    if (task.depends() != null && !task.depends().isBlank()) {
      return DependsParser.parse(task.depends(), continueOn);
    }
    return DependsParser.allOf(task.dependencies(), continueOn);
  }

  /** The task names referenced, in order of first appearance. */
  Set<String> tasks();

  /**
   * Every task reference in order, with the result asked for and its offset in the text (-1 when
   * the expression came from a list rather than text).
   */
  default List<TaskReference> references() {
    return tasks().stream().map(t -> new TaskReference(t, Optional.empty(), -1)).toList();
  }

  /**
   * Evaluates once every referenced task has ended; {@code outcomes} has one entry per referenced
   * task.
   */
  boolean evaluate(Map<String, TaskOutcome> outcomes);

  /** How a referenced task ended: its phase, and for loops the phases of its children. */
  record TaskOutcome(NodePhase phase, boolean daemoned, List<NodePhase> children) {
    public TaskOutcome {
      children = children == null ? List.of() : List.copyOf(children);
    }
  }
}
