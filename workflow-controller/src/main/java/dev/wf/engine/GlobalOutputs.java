package dev.wf.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;

/**
 * Workflow outputs: an output parameter or artifact declared with a {@code globalName} becomes
 * {@code workflow.outputs.parameters.<globalName>} (or {@code workflow.outputs.artifacts.<...>})
 * for every later node, and an entry of the workflow's {@code status.outputs} named after it, as in
 * Argo (an artifact there keeps its location but not its path). A later value of the same name
 * replaces an earlier one.
 */
final class GlobalOutputs {
  private static final String PARAMETERS = "workflow.outputs.parameters.";
  private static final String ARTIFACTS = "workflow.outputs.artifacts.";

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Artifact> artifacts = new LinkedHashMap<>();
  private final Map<String, String> globals;

  /** Starts from the outputs already published ({@code published}, from status) into globals. */
  GlobalOutputs(Outputs published, Map<String, String> globals) {
    this.globals = globals;
    if (published == null) return;
    for (Parameter p : published.parameters()) {
      if (p.value() != null) publish(p.name(), p.value());
    }
    for (Artifact a : published.artifacts()) publish(a);
  }

  /** Publishes the global outputs of a node that has ended. */
  void collect(NodeStatus node) {
    if (node.outputs() == null || !node.fulfilled()) return;
    for (Parameter p : node.outputs().parameters()) {
      if (p.globalName() != null && !p.globalName().isBlank() && p.value() != null)
        publish(p.globalName(), p.value());
    }
    for (Artifact a : node.outputs().artifacts()) {
      if (a.globalName() == null || a.globalName().isBlank() || !ArtifactJson.hasSource(a))
        continue;
      ObjectNode tree = ArtifactJson.tree(a);
      ArtifactJson.set(tree, "name", a.globalName());
      tree.remove("globalName");
      tree.remove("path");
      publish(ArtifactJson.artifact(tree));
    }
  }

  private void publish(String name, String value) {
    values.put(name, value);
    globals.put(PARAMETERS + name, value);
  }

  private void publish(Artifact artifact) {
    artifacts.put(artifact.name(), artifact);
    globals.put(ARTIFACTS + artifact.name(), ArtifactJson.write(artifact));
  }

  /** The workflow's outputs: {@code previous} with the published parameters and artifacts. */
  Outputs toStatus(Outputs previous) {
    if (values.isEmpty() && artifacts.isEmpty()) return previous;
    List<Parameter> parameters = new ArrayList<>();
    values.forEach((name, value) -> parameters.add(Parameter.of(name, value)));
    return new Outputs(
        parameters,
        new ArrayList<>(artifacts.values()),
        previous == null ? null : previous.result(),
        previous == null ? null : previous.exitCode());
  }
}
