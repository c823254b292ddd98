package dev.wf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Template;

/**
 * Binds a call's artifact arguments to a template's declared input artifacts, as Argo does: an
 * argument of the same name supplies the content (its location, {@code raw}, {@code http} or {@code
 * s3}), the declaration keeps its {@code path}, {@code mode} and {@code recurseMode}; an input
 * without an argument uses its own source (its strings substituted with the workflow's variables
 * and the node's input parameters). An input with no source at all is an error unless it (or its
 * argument) is {@code optional}; then the step runs without it.
 */
final class ArtifactBinding {
  private ArtifactBinding() {}

  /** The bound input artifacts; {@code vars} are what a declared source may refer to. */
  static List<Artifact> bind(Template template, Arguments arguments, Map<String, String> vars)
      throws InputResolver.MissingInputException {
    var bound = new ArrayList<Artifact>();
    for (Artifact declared : template.inputs().artifacts()) {
      Artifact supplied =
          arguments.artifacts().stream()
              .filter(a -> declared.name().equals(a.name()))
              .findFirst()
              .orElse(null);
      Artifact own = substituted(declared, vars);
      bound.add(supplied == null ? own(own) : supplied(own, supplied));
    }
    return bound;
  }

  private static Artifact substituted(Artifact declared, Map<String, String> vars)
      throws InputResolver.MissingInputException {
    try {
      return ArtifactJson.artifact(
          (ObjectNode) Templating.substituteTree(ArtifactJson.tree(declared), vars));
    } catch (UnresolvedVariableException | ExpressionException e) {
      throw new InputResolver.MissingInputException(
          "inputs.artifacts." + declared.name() + ": " + e.getMessage());
    }
  }

  private static Artifact own(Artifact declared) throws InputResolver.MissingInputException {
    if (ArtifactJson.hasSource(declared) || Boolean.TRUE.equals(declared.optional()))
      return declared;
    throw new InputResolver.MissingInputException(
        "inputs.artifacts." + declared.name() + " was not supplied");
  }

  private static Artifact supplied(Artifact declared, Artifact supplied)
      throws InputResolver.MissingInputException {
    boolean optional =
        Boolean.TRUE.equals(declared.optional()) || Boolean.TRUE.equals(supplied.optional());
    if (!ArtifactJson.hasSource(supplied)) {
      if (optional) return withOptional(declared);
      String why = supplied.from() != null ? supplied.from() : supplied.fromExpression();
      throw new InputResolver.MissingInputException(
          "inputs.artifacts."
              + declared.name()
              + " was not supplied"
              + (why == null ? "" : ": " + why + " has no value"));
    }
    ObjectNode tree = ArtifactJson.tree(supplied);
    for (String field : new String[] {"from", "fromExpression", "globalName", "artifactGC"})
      tree.remove(field);
    ArtifactJson.set(tree, "name", declared.name());
    ArtifactJson.set(tree, "path", declared.path());
    ArtifactJson.set(tree, "mode", declared.mode());
    ArtifactJson.set(tree, "recurseMode", declared.recurseMode());
    ArtifactJson.set(tree, "optional", optional ? Boolean.TRUE : null);
    if (supplied.subPath() == null) ArtifactJson.set(tree, "subPath", declared.subPath());
    if (supplied.archive() == null) ArtifactJson.set(tree, "archive", declared.archive());
    return ArtifactJson.artifact(tree);
  }

  private static Artifact withOptional(Artifact declared) {
    ObjectNode tree = ArtifactJson.tree(declared);
    ArtifactJson.set(tree, "optional", Boolean.TRUE);
    return ArtifactJson.artifact(tree);
  }
}
