package dev.wf.engine.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.engine.SuppliedOutputs;

/**
 * A change to the waiting suspend nodes that a node field selector picks, as Argo's {@code node
 * set}, {@code resume --node-field-selector} and {@code stop --node-field-selector} make it: a new
 * phase, a message, values for supplied output parameters. Refused when no waiting suspend node
 * matches, or when a parameter is unknown or not supplied.
 *
 * @param phase the node's new phase, or null to keep it
 * @param message the node's new message, or null to keep it
 * @param outputParameters values for the node's {@code valueFrom.supplied} output parameters
 */
public record SuspendNodeUpdate(
    NodePhase phase, String message, Map<String, String> outputParameters) {
  public SuspendNodeUpdate {
    outputParameters =
        outputParameters == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputParameters));
  }

  /** The workflow with every matching waiting suspend node changed; {@code now} ends a node. */
  public Workflow apply(Workflow workflow, NodeFieldSelector selector, Instant now) {
    WorkflowStatus status = workflow.status() == null ? WorkflowStatus.EMPTY : workflow.status();
    var nodes = new LinkedHashMap<String, NodeStatus>(status.nodes());
    boolean updated = false;
    for (NodeStatus node : List.copyOf(nodes.values())) {
      if (node.type() != NodeType.SUSPEND
          || node.phase() != NodePhase.RUNNING
          || !selector.matches(node)) continue;
      NodeStatus changed = change(node, now);
      updated |= !changed.equals(node);
      nodes.put(node.id(), changed);
    }
    if (!updated) {
      throw new ControlException(
          "no waiting suspend node of workflow \""
              + workflow.name()
              + "\" matches \""
              + selector
              + "\"");
    }
    return workflow.withStatus(status.withNodes(nodes));
  }

  private NodeStatus change(NodeStatus node, Instant now) {
    NodeStatus result = node;
    if (phase != null) {
      result = result.withPhase(phase, result.message(), phase.fulfilled() ? now : null);
    }
    if (message != null && !message.isEmpty()) {
      result = result.withPhase(result.phase(), message, result.finishedAt());
    }
    if (!outputParameters.isEmpty()) result = result.withOutputs(supplied(node));
    return result;
  }

  private Outputs supplied(NodeStatus node) {
    if (node.outputs() == null || node.outputs().parameters().isEmpty()) {
      throw new ControlException(
          "node \"" + node.displayName() + "\" has no output parameters to supply");
    }
    var parameters = new ArrayList<>(node.outputs().parameters());
    outputParameters.forEach(
        (name, value) -> {
          int index = indexOf(parameters, name);
          if (index < 0) {
            throw new ControlException(
                "node \""
                    + node.displayName()
                    + "\" has no output parameter \""
                    + name
                    + "\" (it has: "
                    + String.join(", ", parameters.stream().map(Parameter::name).toList())
                    + ")");
          }
          if (!SuppliedOutputs.supplied(parameters.get(index))) {
            throw new ControlException(
                "output parameter \""
                    + name
                    + "\" of node \""
                    + node.displayName()
                    + "\" is not supplied (valueFrom.supplied) or has been set already");
          }
          parameters.set(index, SuppliedOutputs.supply(parameters.get(index), value));
        });
    Outputs outputs = node.outputs();
    return new Outputs(parameters, outputs.artifacts(), outputs.result(), outputs.exitCode());
  }

  private static int indexOf(List<Parameter> parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) return i;
    }
    return -1;
  }
}
