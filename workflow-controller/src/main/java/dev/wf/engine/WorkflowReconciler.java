package dev.wf.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.TemplateBody;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;

/**
 * The engine's one decision: given a workflow, its status and what the runtime observed of its
 * steps at {@code now}, what should the status be and what should happen next. Pure: the same
 * inputs always give the same {@link Decision}; effects are applied elsewhere.
 */
public final class WorkflowReconciler {
  private final NodeRunner runner;

  public WorkflowReconciler() {
    var pods = new PodNodes();
    this.runner =
        new NodeRunner(
            Map.of(
                TemplateBody.ContainerBody.class, pods,
                TemplateBody.ScriptBody.class, pods,
                TemplateBody.StepsBody.class, new StepsNodes(),
                TemplateBody.DagBody.class, new DagNodes(),
                TemplateBody.SuspendBody.class, new SuspendNodes(),
                TemplateBody.ContainerSetBody.class, new ContainerSetNodes(pods)));
  }

  /** A pass that sees only the steps: no other workflow holds a lock and no cache has entries. */
  public Decision decide(
      Workflow workflow, WorkflowStatus status, Map<String, StepState> steps, Instant now) {
    return decide(workflow, status, Observed.of(steps), now);
  }

  /**
   * One pass over everything observed: the steps, the shared locks and the memoization caches.
   * Locks are taken and given back in the next status ({@code status.synchronization}); cache
   * entries to write come back as actions.
   */
  public Decision decide(Workflow workflow, WorkflowStatus status, Observed observed, Instant now) {
    WorkflowStatus current = status == null ? WorkflowStatus.EMPTY : status;
    if (current.phase() != null && current.phase().completed())
      return new Decision(current, List.of(), Optional.empty());
    WorkflowSpec spec = effectiveSpec(workflow, current);
    var pass =
        new Pass(
            workflow.withStatus(current),
            spec,
            observed,
            now,
            new LinkedHashMap<>(Variables.globals(workflow, spec)));
    WorkflowStatus held = LockGate.admitWorkflow(pass, current);
    if (held != null) return new Decision(held, List.of(), Optional.empty());
    Instant startedAt = current.startedAt() != null ? current.startedAt() : now;
    Instant deadline;
    try {
      deadline = Deadlines.ofWorkflow(spec, startedAt, pass.globals);
    } catch (IllegalArgumentException e) {
      WorkflowStatus failed =
          current.withPhase(WorkflowPhase.ERROR, e.getMessage(), startedAt, now);
      return new Decision(failed.withSynchronization(null), List.of(), Optional.empty());
    }
    NodeStatus root = runEntrypoint(pass, deadline);
    NodeStatus exit = root.fulfilled() ? runExitHandler(pass, root) : null;
    WorkflowStatus next = nextStatus(current, pass, root, exit, now);
    next = next.withSynchronization(LockGate.status(pass, next.phase().completed()));
    return new Decision(next, pass.actions(), Optional.ofNullable(pass.wakeAt()));
  }

  /**
   * Runs the entrypoint; past the workflow's deadline, whatever still runs of it fails and is
   * killed, as Argo stops a workflow at its {@code activeDeadlineSeconds}.
   */
  private NodeStatus runEntrypoint(Pass pass, Instant deadline) {
    String name = pass.name();
    NodeStatus existing = pass.nodeNamed(name);
    if (deadline != null
        && existing != null
        && !existing.fulfilled()
        && !pass.now.isBefore(deadline)) {
      Deadlines.expire(pass, existing, Deadlines.STEP_EXCEEDED);
    }
    NodeStatus root =
        runner.run(
            pass,
            new Call(
                name,
                name,
                CallTarget.named(pass.spec.entrypoint()),
                pass.spec.arguments(),
                TemplateScope.WORKFLOW,
                null));
    if (deadline != null && !root.fulfilled()) pass.wakeAt(deadline);
    return root;
  }

  /** Runs {@code spec.onExit}, if any, once the entrypoint has ended; it has no deadline. */
  private NodeStatus runExitHandler(Pass pass, NodeStatus root) {
    String onExit = pass.spec.onExit();
    if (onExit == null || onExit.isBlank()) return null;
    pass.globals.put("workflow.status", workflowPhase(root.phase()).label());
    pass.globals.put("workflow.failures", failures(pass));
    String exitName = pass.name() + ".onExit";
    return runner.run(
        pass,
        new Call(
            exitName,
            exitName,
            CallTarget.named(onExit),
            Arguments.EMPTY,
            TemplateScope.WORKFLOW,
            null));
  }

  /**
   * The spec a workflow runs: its own, or the one resolved from its workflowTemplateRef at submit.
   */
  public static WorkflowSpec effectiveSpec(Workflow workflow, WorkflowStatus status) {
    return status != null && status.storedWorkflowTemplateSpec() != null
        ? status.storedWorkflowTemplateSpec()
        : workflow.spec();
  }

  private static WorkflowStatus nextStatus(
      WorkflowStatus current, Pass pass, NodeStatus root, NodeStatus exit, Instant now) {
    WorkflowStatus next =
        new WorkflowStatus(
            WorkflowPhase.RUNNING,
            current.startedAt() != null ? current.startedAt() : now,
            null,
            progress(pass),
            null,
            pass.nodes(),
            current.outputs(),
            current.storedTemplates(),
            current.storedWorkflowTemplateSpec(),
            current.synchronization());
    boolean done = root.fulfilled() && (exit == null || exit.fulfilled());
    if (!done) return next;
    WorkflowPhase phase = workflowPhase(root.phase());
    String message = root.message();
    if (phase == WorkflowPhase.SUCCEEDED && exit != null && exit.phase().failedOrErrored()) {
      phase = WorkflowPhase.FAILED;
      message = "exit handler failed: " + exit.message();
    }
    return next.withPhase(
        phase, phase == WorkflowPhase.SUCCEEDED ? null : message, next.startedAt(), now);
  }

  private static WorkflowPhase workflowPhase(NodePhase phase) {
    return switch (phase) {
      case FAILED -> WorkflowPhase.FAILED;
      case ERROR -> WorkflowPhase.ERROR;
      default -> WorkflowPhase.SUCCEEDED;
    };
  }

  /** Argo's "N/M": pod nodes that ended well out of all pod nodes. */
  private static String progress(Pass pass) {
    int total = 0;
    int done = 0;
    for (NodeStatus n : pass.nodes().values()) {
      if (n.type() != NodeType.POD) continue;
      total++;
      if (n.phase() == NodePhase.SUCCEEDED) done++;
    }
    return done + "/" + total;
  }

  /**
   * {@code workflow.failures}: a JSON list of the failed pod nodes, as Argo gives exit handlers.
   */
  private static String failures(Pass pass) {
    var list = new ArrayList<Map<String, String>>();
    for (NodeStatus n : pass.nodes().values()) {
      if (n.type() != NodeType.POD || !n.phase().failedOrErrored()) continue;
      var entry = new LinkedHashMap<String, String>();
      entry.put("displayName", n.displayName());
      entry.put("message", n.message() == null ? "" : n.message());
      entry.put("templateName", n.templateName());
      entry.put("phase", n.phase().label());
      entry.put("podName", n.id());
      entry.put("finishedAt", n.finishedAt() == null ? "" : n.finishedAt().toString());
      list.add(entry);
    }
    return ModelJson.write(list);
  }
}
