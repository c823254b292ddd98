package dev.wf.engine;

import java.util.Map;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.RetryStrategy;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateBodies;
import dev.wf.api.spec.TemplateBody;

/**
 * Runs a {@link Call} as a node: finds or creates the node, resolves its template and inputs, and
 * hands it to the handler for its template's kind, within the template's {@link Deadlines}; a
 * template with a retry strategy runs as a Retry node around its attempts ({@link RetryNodes}).
 * Finished nodes are returned as they are, so a pass re-walks the tree cheaply and
 * deterministically. New nodes wait for a slot under the {@link Parallelism} limits, and calls
 * nested deeper than Argo's {@link #MAX_DEPTH} error.
 */
final class NodeRunner {
  /** Argo's limit on nested calls: a call this deep errors instead of running. */
  static final int MAX_DEPTH = 100;

  /** Argo's message for a call past {@link #MAX_DEPTH}. */
  static final String MAX_DEPTH_EXCEEDED =
      "Maximum recursion depth exceeded. See"
          + " https://argo-workflows.readthedocs.io/en/latest/scaling/#maximum-recursion-depth";

  private final Map<Class<? extends TemplateBody>, NodeHandler> handlers;

  NodeRunner(Map<Class<? extends TemplateBody>, NodeHandler> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  /** What a call resolved to: its template, the scope its calls resolve in, and its handler. */
  record Target(Template template, TemplateScope scope, NodeHandler handler, NodeType type) {}

  /**
   * Runs a call one level deeper than its caller and returns its node as it stands now, or null
   * when it is new and a parallelism limit holds it back (it gets no node until a slot frees).
   */
  NodeStatus run(Pass pass, Call call) {
    int depth = pass.enterCall();
    try {
      return run(pass, call, depth);
    } finally {
      pass.leaveCall();
    }
  }

  private NodeStatus run(Pass pass, Call call, int depth) {
    String id = pass.idOf(call.nodeName());
    NodeStatus existing = pass.node(id);
    if (existing != null && existing.fulfilled()) return existing;
    if (depth >= MAX_DEPTH) {
      return fail(pass, existing, call, id, NodeType.SKIPPED, MAX_DEPTH_EXCEEDED);
    }
    var resolved = pass.templates.resolve(call.target(), call.scope());
    if (resolved.isEmpty()) {
      return fail(
          pass,
          existing,
          call,
          id,
          NodeType.POD,
          "template " + call.target().describe() + " not found");
    }
    Template template = resolved.get().template();
    var body = TemplateBodies.of(template);
    NodeHandler handler = body.map(b -> handlers.get(b.getClass())).orElse(null);
    if (handler == null) {
      String kind = body.map(b -> b.getClass().getSimpleName()).orElse("no body");
      return fail(
          pass,
          existing,
          call,
          id,
          NodeType.POD,
          "template \"" + template.name() + "\" (" + kind + ") cannot run here");
    }
    var target = new Target(template, resolved.get().scope(), handler, typeOf(body.get()));
    if (existing == null && !pass.parallelism.admit(pass, call.boundaryId(), target.type(), true))
      return null;
    return runResolved(pass, call, existing, target);
  }

  /**
   * Runs a resolved call: as a Retry node around its attempts when its template retries, else as a
   * node of the template's own kind; either only once it holds its locks and missed its cache.
   */
  private NodeStatus runResolved(Pass pass, Call call, NodeStatus existing, Target target) {
    RetryStrategy strategy = RetryNodes.strategyOf(pass, target.template());
    NodeStatus node = existing;
    if (node == null)
      node = create(pass, call, target, strategy == null ? target.type() : NodeType.RETRY);
    if (node.fulfilled()) return node;
    NodeStatus held = admit(pass, node, target.template());
    if (held != null) return settle(pass, existing, held);
    NodeStatus result =
        strategy == null
            ? execute(pass, call, target)
            : RetryNodes.advance(pass, this, pass.node(node.id()), call, target, strategy);
    return settle(pass, existing, result);
  }

  /**
   * Before a node runs: its template's locks ({@link LockGate}), then its memoization cache ({@link
   * MemoGate}). Null when it may run, else the node as it stands (waiting, from the cache, or in
   * Error).
   */
  private static NodeStatus admit(Pass pass, NodeStatus node, Template template) {
    NodeStatus waiting = LockGate.admitNode(pass, node, template);
    if (waiting != null) return waiting;
    return MemoGate.consult(pass, pass.node(node.id()), template);
  }

  /** After a node's pass: an ended node gives its locks back; a memoized success is saved. */
  private static NodeStatus settle(Pass pass, NodeStatus before, NodeStatus after) {
    LockGate.releaseIfEnded(pass, after);
    MemoGate.saveIfSucceeded(pass, before, after);
    return after;
  }

  /**
   * Runs a call as a node of its template's own kind, without a retry around it (a plain call, or
   * one attempt of a retried one), within the template's deadline.
   */
  NodeStatus execute(Pass pass, Call call, Target target) {
    NodeStatus node = pass.nodeNamed(call.nodeName());
    if (node == null) node = create(pass, call, target, target.type());
    if (node.fulfilled()) return node;
    Deadlines.Deadline deadline;
    try {
      deadline = Deadlines.of(pass, node, target.template());
    } catch (IllegalArgumentException e) {
      return finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    if (Deadlines.passed(pass, node, deadline))
      return Deadlines.expire(pass, node, deadline.message());
    NodeStatus advanced =
        target.handler().advance(pass, this, node, target.template(), target.scope());
    if (deadline != null && !advanced.fulfilled()) pass.wakeAt(deadline.at());
    return advanced;
  }

  /** A new node for a call, with its inputs bound; an input that cannot be bound errors it. */
  private static NodeStatus create(Pass pass, Call call, Target target, NodeType type) {
    Template template = target.template();
    NodeStatus node =
        NodeStatus.create(
            pass.idOf(call.nodeName()),
            call.nodeName(),
            call.displayName(),
            type,
            template.name(),
            call.boundaryId(),
            pass.now);
    if (call.target().templateRef() != null)
      node = node.withTemplateRef(call.target().templateRef());
    try {
      node = node.withInputs(InputResolver.resolve(template, call.arguments(), pass.globals));
    } catch (InputResolver.MissingInputException e) {
      return finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    pass.put(node);
    return node;
  }

  /** Marks {@code node} Running (in the pass) unless it is already. */
  static NodeStatus markRunning(Pass pass, NodeStatus node) {
    NodeStatus current = pass.node(node.id()) != null ? pass.node(node.id()) : node;
    if (current.phase() == NodePhase.RUNNING) return current;
    NodeStatus updated = current.withPhase(NodePhase.RUNNING, null, null);
    pass.put(updated);
    return updated;
  }

  /**
   * Marks {@code node} Pending (in the pass) unless it is already: its step has been asked for or
   * waits for its pod to run.
   */
  static NodeStatus markPending(Pass pass, NodeStatus node) {
    NodeStatus current = pass.node(node.id()) != null ? pass.node(node.id()) : node;
    if (current.phase() == NodePhase.PENDING && current.message() == null) return current;
    NodeStatus updated = current.withPhase(NodePhase.PENDING, null, null);
    pass.put(updated);
    return updated;
  }

  /** Ends {@code node} with a final phase and message, stamped with the pass's time. */
  static NodeStatus finish(Pass pass, NodeStatus node, NodePhase phase, String message) {
    NodeStatus current = pass.node(node.id()) != null ? pass.node(node.id()) : node;
    NodeStatus done = current.withPhase(phase, message, pass.now);
    pass.put(done);
    return done;
  }

  private static NodeStatus fail(
      Pass pass, NodeStatus existing, Call call, String id, NodeType type, String message) {
    NodeStatus node =
        existing != null
            ? existing
            : NodeStatus.create(
                id,
                call.nodeName(),
                call.displayName(),
                type,
                call.target().describe(),
                call.boundaryId(),
                pass.now);
    return finish(pass, node, NodePhase.ERROR, message);
  }

  private static NodeType typeOf(TemplateBody body) {
    return switch (body) {
      case TemplateBody.StepsBody s -> NodeType.STEPS;
      case TemplateBody.DagBody d -> NodeType.DAG;
      case TemplateBody.SuspendBody s -> NodeType.SUSPEND;
      default -> NodeType.POD;
    };
  }
}
