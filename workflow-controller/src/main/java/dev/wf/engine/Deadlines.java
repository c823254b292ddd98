package dev.wf.engine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowSpec;

/**
 * Time limits, as Argo sets them: a template's {@code activeDeadlineSeconds} (container and script
 * templates, from the step's start), {@code timeout} (any template, from the node's start) and
 * {@code pendingTimeout} (pod templates while pending, from the node's start), and the workflow's
 * {@code activeDeadlineSeconds} (from the workflow's start). Nothing waits for them: the engine
 * asks to be woken at the deadline, and a node found past it fails, with everything still running
 * under it killed.
 */
final class Deadlines {
  /** Argo's message for a pod stopped by its deadline (the kubelet's words). */
  static final String POD_EXCEEDED =
      "Pod was active on the node longer than the specified deadline";

  /** Argo's message for a node stopped because the workflow or its template ran out of time. */
  static final String STEP_EXCEEDED = "Step exceeded its deadline";

  /** Argo's message for a node still pending at its {@code timeout} or {@code pendingTimeout}. */
  static final String TIMEOUT = "timeout";

  private Deadlines() {}

  /** When a node must have ended, and the message it fails with if it has not. */
  record Deadline(Instant at, String message) {
    Deadline earlier(Deadline other) {
      return other == null || at.isBefore(other.at) ? this : other;
    }
  }

  /**
   * The template's deadline for this node, or null when it has none; a value that does not parse
   * throws {@link IllegalArgumentException} naming the field. While a pod's step is pending (not
   * started yet, or its pod not running), {@code timeout} and {@code pendingTimeout} (both from the
   * node's start) end it with Argo's {@link #TIMEOUT}.
   */
  static Deadline of(Pass pass, NodeStatus node, Template template) {
    boolean pod = template.container() != null || template.script() != null;
    boolean active = pod && template.activeDeadlineSeconds() != null;
    boolean pending = podLike(template) && pending(pass, node);
    boolean pendingLimit = pending && template.pendingTimeout() != null;
    if (!active && template.timeout() == null && !pendingLimit) return null;
    Map<String, String> vars = Variables.forNode(pass, node);
    Deadline deadline = null;
    if (active) {
      StepState step = pass.steps.get(node.id());
      Instant from = step != null && step.startedAt() != null ? step.startedAt() : node.startedAt();
      var limit =
          TemplateFields.duration("activeDeadlineSeconds", template.activeDeadlineSeconds(), vars);
      deadline = new Deadline(from.plus(limit), POD_EXCEEDED);
    }
    if (template.timeout() != null) {
      var limit = TemplateFields.duration("timeout", template.timeout(), vars);
      String message = pending ? TIMEOUT : pod ? POD_EXCEEDED : STEP_EXCEEDED;
      deadline = new Deadline(node.startedAt().plus(limit), message).earlier(deadline);
    }
    if (pendingLimit) {
      var limit = TemplateFields.duration("pendingTimeout", template.pendingTimeout(), vars);
      deadline = new Deadline(node.startedAt().plus(limit), TIMEOUT).earlier(deadline);
    }
    return deadline;
  }

  /** Templates whose node is one step of the runtime, so it can be pending. */
  private static boolean podLike(Template template) {
    return template.container() != null || template.script() != null || template.resource() != null;
  }

  /** Whether the node's step has not run yet: not observed (about to start) or pending. */
  private static boolean pending(Pass pass, NodeStatus node) {
    StepState step = pass.steps.get(node.id());
    return step == null || step.pending();
  }

  /**
   * Whether the node is past its deadline. A pod whose step has ended already keeps its own result.
   */
  static boolean passed(Pass pass, NodeStatus node, Deadline deadline) {
    if (deadline == null || pass.now.isBefore(deadline.at())) return false;
    StepState step = pass.steps.get(node.id());
    return step == null || !step.done();
  }

  /**
   * The workflow's deadline, or null without {@code spec.activeDeadlineSeconds}; counted from the
   * start truncated to the second, as Argo counts it.
   */
  static Instant ofWorkflow(WorkflowSpec spec, Instant startedAt, Map<String, String> globals) {
    if (spec.activeDeadlineSeconds() == null) return null;
    var limit =
        TemplateFields.duration(
            "spec.activeDeadlineSeconds", spec.activeDeadlineSeconds(), globals);
    return startedAt.truncatedTo(ChronoUnit.SECONDS).plus(limit);
  }

  /**
   * Fails {@code node} and every unfinished node under it with {@code message}, and kills the steps
   * of those that are still running. Returns the node as it now stands.
   */
  static NodeStatus expire(Pass pass, NodeStatus node, String message) {
    var seen = new HashSet<String>();
    var pending = new ArrayDeque<String>();
    pending.push(node.id());
    while (!pending.isEmpty()) {
      NodeStatus n = pass.node(pending.pop());
      if (n == null || !seen.add(n.id())) continue;
      n.children().forEach(pending::push);
      if (n.fulfilled()) continue;
      StepState step = pass.steps.get(n.id());
      if (!pass.withdrawStart(n.id()) && step != null && !step.done()) {
        pass.act(new Action.KillStep(pass.name(), n.id(), message));
      }
      NodeRunner.finish(pass, n, NodePhase.FAILED, message);
    }
    return pass.node(node.id());
  }
}
