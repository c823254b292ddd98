package dev.wf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.expr.Expression;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Artifact;

/**
 * Resolves artifacts given by reference, as Argo does at a call site and in a steps or DAG
 * template's outputs: {@code from: "{{steps.X.outputs.artifacts.A}}"} (or {@code tasks.X...},
 * {@code workflow.outputs.artifacts.G}, {@code inputs.artifacts.A}) and {@code fromExpression}
 * become the artifact they name, with its location. A reference that does not resolve (its producer
 * was skipped, or did not save that optional output) leaves the artifact without a source; whoever
 * binds it decides whether that is allowed ({@link ArtifactBinding}).
 */
final class ArtifactReferences {
  private ArtifactReferences() {}

  /** The call site's artifacts with their other fields substituted and references resolved. */
  static List<Artifact> arguments(List<Artifact> artifacts, Map<String, String> vars) {
    var resolved = new ArrayList<Artifact>();
    for (Artifact a : artifacts) resolved.add(argument(a, vars));
    return resolved;
  }

  private static Artifact argument(Artifact a, Map<String, String> vars) {
    ObjectNode tree = ArtifactJson.tree(a);
    tree.remove("from");
    tree.remove("fromExpression");
    Artifact own = ArtifactJson.artifact((ObjectNode) Templating.substituteTree(tree, vars));
    if (a.from() == null && a.fromExpression() == null) return own;
    Optional<Artifact> source = resolve(a, vars);
    if (source.isEmpty()) return a;
    ObjectNode merged = ArtifactJson.tree(source.get());
    ArtifactJson.set(merged, "name", a.name());
    ArtifactJson.set(merged, "globalName", null);
    if (own.subPath() != null) ArtifactJson.set(merged, "subPath", own.subPath());
    if (own.optional() != null) ArtifactJson.set(merged, "optional", own.optional());
    return ArtifactJson.artifact(merged);
  }

  /**
   * The artifact {@code a}'s {@code from} or {@code fromExpression} names, or empty when it does
   * not resolve; a value that is not an artifact is an error.
   */
  static Optional<Artifact> resolve(Artifact a, Map<String, String> vars) {
    String what = a.from() != null ? a.from() : a.fromExpression();
    Object value;
    try {
      value =
          a.from() != null
              ? Templating.substitute(a.from(), vars)
              : Expression.parse(a.fromExpression()).evaluate(vars);
    } catch (UnresolvedVariableException e) {
      return Optional.empty();
    }
    if (value == null) return Optional.empty();
    return Optional.of(ArtifactJson.of(value, "artifact \"" + a.name() + "\": " + what));
  }
}
