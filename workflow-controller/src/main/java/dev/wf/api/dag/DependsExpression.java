package dev.wf.api.dag;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
    throw new UnsupportedOperationException("TODO(#2): parse helper implements this");
  }

  /** {@code dependencies: [A, B]} as Argo reads it: {@code A && B}. */
  static DependsExpression allOf(List<String> dependencies) {
    throw new UnsupportedOperationException("TODO(#2): parse helper implements this");
  }

  /** The task names referenced, in order of first appearance. */
  Set<String> tasks();

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
