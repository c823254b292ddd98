package dev.wf.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.TemplateBody;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.gc.ArtifactGcPlan;
import dev.wf.engine.gc.GcArtifact;
import dev.wf.engine.gc.GcStrategy;

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
                TemplateBody.ResourceBody.class, new PodNodes(ResourceStepSpecs::build),
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
    return collectingArtifacts(workflow, advance(workflow, current, observed, now));
  }

  /**
   * The decision, and when it completes the workflow, the deletion of the output artifacts whose
   * garbage-collection strategy is {@code OnWorkflowCompletion}.
   */
  private static Decision collectingArtifacts(Workflow workflow, Decision decision) {
    WorkflowStatus next = decision.next();
    if (next.phase() == null || !next.phase().completed()) return decision;
    List<GcArtifact> due =
        ArtifactGcPlan.due(
            effectiveSpec(workflow, next), next, Set.of(GcStrategy.ON_WORKFLOW_COMPLETION));
    if (due.isEmpty()) return decision;
    var actions = new ArrayList<>(decision.actions());
    actions.add(new Action.DeleteArtifacts(workflow.name(), due));
    return new Decision(next, actions, decision.wakeAt());
  }

  private Decision advance(
      Workflow workflow, WorkflowStatus current, Observed observed, Instant now) {
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
    pass.globals.put("workflow.duration", durationSeconds(startedAt, now));
    Instant deadline;
    try {
      deadline = Deadlines.ofWorkflow(spec, startedAt, pass.globals);
    } catch (IllegalArgumentException e) {
      WorkflowStatus failed =
          current.withPhase(WorkflowPhase.ERROR, e.getMessage(), startedAt, now);
      return new Decision(failed.withSynchronization(null), List.of(), Optional.empty());
    }
    pass.globals.put("workflow.status", WorkflowHooks.RUNNING);
    if (pass.shutdown != null) {
      ShutdownSweep.apply(pass);
    } else if (Boolean.TRUE.equals(workflow.spec().suspend())) {
      return suspended(pass, current, deadline, now);
    }
    NodeStatus root = runEntrypoint(pass, deadline);
    var outcome =
        root == null
            ? new WorkflowHooks.Outcome(false, null, null)
            : WorkflowHooks.advance(pass, runner, root);
    if (pass.parallelism.needsAnotherPass(pass)) pass.wakeAt(now);
    WorkflowStatus next = nextStatus(current, pass, outcome, now);
    next = next.withSynchronization(LockGate.status(pass, next.phase().completed()));
    return new Decision(next, pass.actions(), Optional.ofNullable(pass.wakeAt()));
  }

  /**
   * A pass over a suspended workflow ({@code spec.suspend}), as Argo's controller makes it: steps
   * that end are recorded and the workflow's deadline still holds, but nothing new starts and no
   * node above the steps moves on until the workflow is resumed. Shutting down overrides it.
   */
  private static Decision suspended(
      Pass pass, WorkflowStatus current, Instant deadline, Instant now) {
    PodNodes.foldEnded(pass);
    NodeStatus root = pass.nodeNamed(pass.name());
    if (deadline != null && root != null && !root.fulfilled()) {
      if (now.isBefore(deadline)) pass.wakeAt(deadline);
      else Deadlines.expire(pass, root, Deadlines.STEP_EXCEEDED);
    }
    return new Decision(
        running(current, pass, now), pass.actions(), Optional.ofNullable(pass.wakeAt()));
  }

  /**
   * Runs the entrypoint (null while {@code spec.parallelism} holds it back); past the workflow's
   * deadline, whatever still runs of it fails and is killed, as Argo stops a workflow at its {@code
   * activeDeadlineSeconds}.
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
    if (deadline != null && (root == null || !root.fulfilled())) pass.wakeAt(deadline);
    return root;
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
      WorkflowStatus current, Pass pass, WorkflowHooks.Outcome outcome, Instant now) {
    WorkflowStatus next = running(current, pass, now);
    if (!outcome.ended()) return next;
    NodeStatus root = outcome.root();
    NodeStatus exit = outcome.exit();
    WorkflowPhase phase = workflowPhase(root.phase());
    String message = root.message();
    if (phase != WorkflowPhase.SUCCEEDED && pass.shutdown != null) {
      message = pass.shutdown.stoppedMessage();
    } else if (phase == WorkflowPhase.SUCCEEDED && exit != null && exit.phase().failedOrErrored()) {
      // As in Argo, a failed exit handler fails a workflow that succeeded, with its own message.
      phase = workflowPhase(exit.phase());
      message = exit.message();
    }
    return next.withPhase(
        phase, phase == WorkflowPhase.SUCCEEDED ? null : message, next.startedAt(), now);
  }

  /** {@code workflow.duration}: seconds since the workflow started, as Argo prints them. */
  private static String durationSeconds(Instant startedAt, Instant now) {
    double seconds = java.time.Duration.between(startedAt, now).toNanos() / 1e9;
    return String.format(java.util.Locale.ROOT, "%f", seconds);
  }

  /** The status of a workflow that runs on: Running, with the pass's nodes and progress. */
  private static WorkflowStatus running(WorkflowStatus current, Pass pass, Instant now) {
    return new WorkflowStatus(
        WorkflowPhase.RUNNING,
        current.startedAt() != null ? current.startedAt() : now,
        null,
        progress(pass),
        null,
        pass.nodes(),
        pass.outputs.toStatus(current.outputs()),
        current.storedTemplates(),
        current.storedWorkflowTemplateSpec(),
        current.synchronization(),
        current.artifactRepositoryRef(),
        current.conditions(),
        null);
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
}
