package dev.wf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Template;
import dev.wf.executor.StepResult;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.ArtifactResult;

/**
 * The artifacts a step saved, as its node's {@code outputs.artifacts} in Argo's shape: each output
 * as declared ({@code path}, {@code archive}, {@code globalName}, ...), with {@code s3: {key}} when
 * it went to an S3 bucket, plus wf's {@code location} (repository, key, archive, size, SHA-256);
 * the archived log as {@code main-logs}. An optional output the step did not produce is left out.
 */
final class SavedArtifacts {
  private SavedArtifacts() {}

  static List<Artifact> of(StepResult result, Template template, Map<String, String> vars) {
    var artifacts = new ArrayList<Artifact>();
    for (ArtifactResult saved : result.outputArtifacts()) {
      if (saved.location() == null) continue;
      artifacts.add(stored(declared(template, saved.name(), vars), saved.location()));
    }
    if (result.logArtifact() != null) {
      artifacts.add(stored(named(OutputArtifactSpecs.LOGS), result.logArtifact()));
    }
    return artifacts;
  }

  /** The output as the template declares it, its strings substituted where they can be. */
  private static Artifact declared(Template template, String name, Map<String, String> vars) {
    Artifact declared =
        template == null
            ? null
            : template.outputs().artifacts().stream()
                .filter(a -> name.equals(a.name()))
                .findFirst()
                .orElse(null);
    if (declared == null) return named(name);
    try {
      return ArtifactJson.artifact(
          (ObjectNode) Templating.substituteTree(ArtifactJson.tree(declared), vars));
    } catch (UnresolvedVariableException | ExpressionException e) {
      return declared;
    }
  }

  private static Artifact named(String name) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("name", name);
    return ArtifactJson.artifact(tree);
  }

  private static Artifact stored(Artifact declared, ArtifactLocation location) {
    ObjectNode tree = ArtifactJson.tree(declared);
    tree.remove("from");
    tree.remove("fromExpression");
    if (location.repository() != null && location.repository().s3() != null) {
      ObjectNode s3 =
          tree.get("s3") instanceof ObjectNode own ? own : JsonNodeFactory.instance.objectNode();
      s3.put("key", location.key());
      tree.set("s3", s3);
    } else {
      tree.remove("s3");
    }
    ArtifactJson.set(tree, "location", location);
    return ArtifactJson.artifact(tree);
  }
}
