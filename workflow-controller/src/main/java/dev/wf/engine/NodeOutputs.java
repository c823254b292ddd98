package dev.wf.engine;

import java.util.ArrayList;
import java.util.Map;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;

/**
 * Completes a steps or dag node: its declared output parameters are computed from its children's
 * outputs ({@code valueFrom.parameter}, {@code valueFrom.expression} or {@code value}), its output
 * artifacts from {@code from} or {@code fromExpression}; an optional artifact that does not resolve
 * is left out, any other errors the node.
 */
final class NodeOutputs {
  private NodeOutputs() {}

  static NodeStatus complete(
      Pass pass, NodeStatus node, Template template, Map<String, String> vars) {
    var parameters = new ArrayList<Parameter>();
    var artifacts = new ArrayList<Artifact>();
    try {
      for (Artifact declared : template.outputs().artifacts()) {
        Artifact artifact = artifactOf(declared, vars);
        if (artifact != null) artifacts.add(artifact);
      }
      for (Parameter declared : template.outputs().parameters()) {
        parameters.add(
            new Parameter(
                declared.name(),
                valueOf(declared, vars),
                null,
                null,
                null,
                null,
                declared.globalName()));
      }
    } catch (UnresolvedVariableException | ExpressionException | IllegalArgumentException e) {
      return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
    }
    NodeStatus current = pass.node(node.id());
    if (!parameters.isEmpty() || !artifacts.isEmpty())
      pass.put(current.withOutputs(new Outputs(parameters, artifacts, null, null)));
    return NodeRunner.finish(pass, current, NodePhase.SUCCEEDED, null);
  }

  /** The artifact {@code declared} names, under its own name; null when it is left out. */
  private static Artifact artifactOf(Artifact declared, Map<String, String> vars) {
    if (declared.from() == null && declared.fromExpression() == null) return null;
    var source = ArtifactReferences.resolve(declared, vars).filter(ArtifactJson::hasSource);
    if (source.isEmpty()) {
      if (Boolean.TRUE.equals(declared.optional())) return null;
      String what = declared.from() != null ? declared.from() : declared.fromExpression();
      throw new UnresolvedVariableException(
          java.util.List.of(what),
          "output artifact \"" + declared.name() + "\": " + what + " has no value");
    }
    var tree = ArtifactJson.tree(source.get());
    ArtifactJson.set(tree, "name", declared.name());
    ArtifactJson.set(tree, "globalName", declared.globalName());
    return ArtifactJson.artifact(tree);
  }

  private static String valueOf(Parameter declared, Map<String, String> vars) {
    var from = declared.valueFrom();
    if (from != null && from.parameter() != null) {
      try {
        return Templating.substitute(from.parameter(), vars);
      } catch (UnresolvedVariableException e) {
        if (from.defaultValue() != null) return from.defaultValue();
        throw e;
      }
    }
    if (from != null && from.expression() != null)
      return Templating.substitute("{{=" + from.expression() + "}}", vars);
    if (declared.value() != null) return Templating.substitute(declared.value(), vars);
    if (from != null && from.defaultValue() != null) return from.defaultValue();
    throw new UnresolvedVariableException(
        java.util.List.of(declared.name()),
        "output parameter \"" + declared.name() + "\" has no value");
  }
}
