package dev.wf.engine;

import java.time.Instant;

import dev.wf.api.expr.Templating;
import dev.wf.api.spec.Durations;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Template;

/**
 * A {@code suspend} node: Running until its {@code duration} has passed (the controller is woken
 * then, nothing sleeps) or, without a duration, until it is resumed. It holds its supplied output
 * parameters from the start ({@link SuppliedOutputs}); when its duration ends they take their
 * defaults. A workflow being shut down fails it.
 */
final class SuspendNodes implements NodeHandler {
  @Override
  public NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope) {
    if (pass.shuttingDown()) {
      return NodeRunner.finish(pass, node, NodePhase.FAILED, pass.shutdown.stoppedMessage());
    }
    if (node.phase() != NodePhase.RUNNING) {
      node = node.withPhase(NodePhase.RUNNING, null, null);
      var supplied = SuppliedOutputs.declared(template);
      if (supplied != null) node = node.withOutputs(supplied);
      pass.put(node);
    }
    String duration = template.suspend().duration();
    if (duration == null || duration.isBlank()) return node;
    Instant due;
    try {
      String text = Templating.substitute(duration, Variables.forNode(pass, node));
      due = node.startedAt().plus(Durations.parse(text));
    } catch (RuntimeException e) {
      return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    if (pass.now.isBefore(due)) {
      pass.wakeAt(due);
      return node;
    }
    try {
      pass.put(node.withOutputs(SuppliedOutputs.withDefaults(node.outputs())));
    } catch (IllegalStateException e) {
      return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    return NodeRunner.finish(pass, node, NodePhase.SUCCEEDED, null);
  }
}
