package dev.wf.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;

/**
 * Workflow outputs: an output parameter declared with a {@code globalName} becomes {@code
 * workflow.outputs.parameters.<globalName>} for every later node, and an entry of the workflow's
 * {@code status.outputs}, as in Argo. A later value of the same name replaces an earlier one.
 */
final class GlobalOutputs {
  private static final String PREFIX = "workflow.outputs.parameters.";

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> globals;

  /** Starts from the outputs already published ({@code published}, from status) into globals. */
  GlobalOutputs(Outputs published, Map<String, String> globals) {
    this.globals = globals;
    if (published == null) return;
    for (Parameter p : published.parameters()) {
      if (p.value() != null) publish(p.name(), p.value());
    }
  }

  /** Publishes the global outputs of a node that has ended. */
  void collect(NodeStatus node) {
    if (node.outputs() == null || !node.fulfilled()) return;
    for (Parameter p : node.outputs().parameters()) {
      if (p.globalName() != null && !p.globalName().isBlank() && p.value() != null)
        publish(p.globalName(), p.value());
    }
  }

  private void publish(String name, String value) {
    values.put(name, value);
    globals.put(PREFIX + name, value);
  }

  /**
   * The workflow's outputs: {@code previous} with its parameters replaced by the published ones.
   */
  Outputs toStatus(Outputs previous) {
    if (values.isEmpty()) return previous;
    List<Parameter> parameters = new ArrayList<>();
    values.forEach((name, value) -> parameters.add(Parameter.of(name, value)));
    return new Outputs(
        parameters,
        previous == null ? null : previous.artifacts(),
        previous == null ? null : previous.result(),
        previous == null ? null : previous.exitCode());
  }
}
