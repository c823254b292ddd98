package dev.wf.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/**
 * One workflow run driven pass by pass through {@link WorkflowReconciler#decide}, with a fake step
 * map: steps a decision starts are running from that pass's time on, and a test ends them by hand.
 */
final class EngineRun {
  private final WorkflowReconciler reconciler = new WorkflowReconciler();
  private final Map<String, StepState> steps = new HashMap<>();
  private Workflow workflow;
  private WorkflowStatus status = WorkflowStatus.EMPTY;

  /** A run of {@code workflow} from the status it has (none: from the start). */
  EngineRun(Workflow workflow) {
    this.workflow = workflow.withStatus(null);
    if (workflow.status() != null) status = workflow.status();
  }

  Decision pass(Instant now) {
    Decision d = reconciler.decide(workflow, status, Map.copyOf(steps), now);
    status = d.next();
    for (StepSpec s : started(d)) steps.putIfAbsent(s.nodeId(), StepState.running(now));
    return d;
  }

  WorkflowStatus status() {
    return status;
  }

  /** The workflow as it stands, with its status. */
  Workflow workflow() {
    return workflow.withStatus(status);
  }

  /**
   * Applies a control change (suspend, retry, ...) as {@link WorkflowController#update} does: the
   * changed spec and status replace the old, and the steps of nodes it removed are forgotten.
   */
  void control(UnaryOperator<Workflow> change) {
    Workflow changed = change.apply(workflow());
    status.nodes().keySet().stream()
        .filter(id -> !changed.status().nodes().containsKey(id))
        .forEach(steps::remove);
    workflow = changed.withStatus(null);
    status = changed.status();
  }

  /** Whether the runtime (still) knows a step for node {@code name}. */
  boolean hasStep(String name) {
    return steps.containsKey(id(name));
  }

  NodeStatus node(String name) {
    return EngineFixtures.nodeNamed(status, name);
  }

  String id(String name) {
    return node(name).id();
  }

  /** Ends the step of node {@code name} with exit code {@code exitCode} at {@code at}. */
  void end(String name, int exitCode, Instant at) {
    String id = id(name);
    Instant started = steps.get(id).startedAt();
    boolean ok = exitCode == 0;
    steps.put(
        id,
        StepState.ended(
            new StepResult(
                ok ? StepResult.Phase.SUCCEEDED : StepResult.Phase.FAILED,
                exitCode,
                "out-" + exitCode,
                Map.of(),
                ok ? null : "Error (exit code " + exitCode + ")",
                started,
                at)));
  }

  /** Ends the step of node {@code name} in Error (it could not run) at {@code at}. */
  void error(String name, Instant at) {
    error(name, "cannot start", at);
  }

  /** Ends the step of node {@code name} in Error with {@code message} at {@code at}. */
  void error(String name, String message, Instant at) {
    String id = id(name);
    steps.put(
        id,
        StepState.ended(
            new StepResult(
                StepResult.Phase.ERROR,
                null,
                null,
                Map.of(),
                message,
                steps.get(id).startedAt(),
                at)));
  }

  /** Ends the step of node {@code name} successfully with output parameters at {@code at}. */
  void succeed(String name, Map<String, String> outputs, Instant at) {
    String id = id(name);
    steps.put(
        id,
        StepState.ended(
            new StepResult(
                StepResult.Phase.SUCCEEDED, 0, "", outputs, null, steps.get(id).startedAt(), at)));
  }

  /** Sets what the runtime observes of node {@code name}'s step (pending, running, ...). */
  void observe(String name, StepState state) {
    steps.put(id(name), state);
  }

  /** Ends the step of node {@code name} with {@code result}, as a runtime would report it. */
  void finish(String name, StepResult result) {
    steps.put(id(name), StepState.ended(result));
  }

  /** Whether a node of this name exists. */
  boolean has(String name) {
    return status.nodes().values().stream().anyMatch(n -> n.name().equals(name));
  }

  static List<StepSpec> started(Decision d) {
    return d.actions().stream()
        .filter(a -> a instanceof Action.StartStep)
        .map(a -> ((Action.StartStep) a).spec())
        .toList();
  }

  static List<Action.KillStep> killed(Decision d) {
    return d.actions().stream()
        .filter(a -> a instanceof Action.KillStep)
        .map(a -> (Action.KillStep) a)
        .toList();
  }
}
