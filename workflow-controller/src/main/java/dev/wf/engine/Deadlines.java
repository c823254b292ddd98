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
 * templates, from the step's start) and {@code timeout} (any template, from the node's start), and
 * the workflow's {@code activeDeadlineSeconds} (from the workflow's start). Nothing waits for them:
 * the engine asks to be woken at the deadline, and a node found past it fails, with everything
 * still running under it killed.
 */
final class Deadlines {
  /** Argo's message for a pod stopped by its deadline (the kubelet's words). */
  static final String POD_EXCEEDED =
      "Pod was active on the node longer than the specified deadline";

  /** Argo's message for a node stopped because the workflow or its template ran out of time. */
  static final String STEP_EXCEEDED = "Step exceeded its deadline";

  private Deadlines() {}

  /** When a node must have ended, and the message it fails with if it has not. */
  record Deadline(Instant at, String message) {
    Deadline earlier(Deadline other) {
      return other == null || at.isBefore(other.at) ? this : other;
    }
  }

  /**
   * The template's deadline for this node, or null when it has none; a value that does not parse
   * throws {@link IllegalArgumentException} naming the field.
   */
  static Deadline of(Pass pass, NodeStatus node, Template template) {
    boolean pod = template.container() != null || template.script() != null;
    boolean active = pod && template.activeDeadlineSeconds() != null;
    if (!active && template.timeout() == null) return null;
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
      var timeout = new Deadline(node.startedAt().plus(limit), pod ? POD_EXCEEDED : STEP_EXCEEDED);
      deadline = timeout.earlier(deadline);
    }
    return deadline;
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
