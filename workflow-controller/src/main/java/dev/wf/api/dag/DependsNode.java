package dev.wf.api.dag;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.wf.api.dag.DependsExpression.TaskOutcome;

/** The syntax tree of a {@code depends} expression; each node evaluates over task outcomes. */
sealed interface DependsNode {
  boolean evaluate(Map<String, TaskOutcome> outcomes);

  /** {@code A.Failed}, or a bare {@code A} that accepts several results. */
  record Operand(String task, Set<TaskResult> accepted) implements DependsNode {
    @Override
    public boolean evaluate(Map<String, TaskOutcome> outcomes) {
      var outcome = outcomes.get(task);
      if (outcome == null) {
        throw new IllegalArgumentException("no outcome for task \"" + task + "\"");
      }
      return accepted.stream().anyMatch(r -> r.holds(outcome));
    }
  }

  /** {@code !x}. */
  record Not(DependsNode operand) implements DependsNode {
    @Override
    public boolean evaluate(Map<String, TaskOutcome> outcomes) {
      return !operand.evaluate(outcomes);
    }
  }

  /** {@code a && b && ...}; true when empty. */
  record All(List<DependsNode> operands) implements DependsNode {
    @Override
    public boolean evaluate(Map<String, TaskOutcome> outcomes) {
      for (var operand : operands) {
        if (!operand.evaluate(outcomes)) return false;
      }
      return true;
    }
  }

  /** {@code a || b || ...}. */
  record Any(List<DependsNode> operands) implements DependsNode {
    @Override
    public boolean evaluate(Map<String, TaskOutcome> outcomes) {
      for (var operand : operands) {
        if (operand.evaluate(outcomes)) return true;
      }
      return false;
    }
  }
}
