package dev.wf.engine;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.NodeStatus;
import dev.wf.executor.artifacts.ArtifactLocation;
import dev.wf.executor.artifacts.InputArtifactSpec;

/**
 * The inputs a step places before it runs, from the node's bound input artifacts: a stored output
 * of another step (its {@code location}), a key of the workflow's repository (key-only {@code s3:
 * {key}}) or of a bucket the artifact names, inline {@code raw.data}, or an {@code http.url}. An
 * optional input that has none of them is left out. A key-only input does not know how it was
 * packed: its {@code archive} is the one the input declares, else null, which tells the executor to
 * unpack a tarball and place anything else as it is (Argo's behaviour).
 */
final class InputArtifactSpecs {
  private InputArtifactSpecs() {}

  static List<InputArtifactSpec> of(Pass pass, NodeStatus node) {
    var specs = new ArrayList<InputArtifactSpec>();
    if (node.inputs() == null) return specs;
    for (Artifact a : node.inputs().artifacts()) {
      InputArtifactSpec spec = spec(pass, a);
      if (spec != null) specs.add(spec);
    }
    return specs;
  }

  private static InputArtifactSpec spec(Pass pass, Artifact a) {
    boolean optional = Boolean.TRUE.equals(a.optional());
    if (a.location() != null) return spec(a, a.location(), null, null, optional);
    String kind = ArtifactJson.sourceKind(a);
    if (kind == null) {
      if (optional) return null;
      throw new IllegalArgumentException("inputs.artifacts." + a.name() + " was not supplied");
    }
    return switch (kind) {
      case "raw" -> spec(a, null, text(a.raw(), "data"), null, optional);
      case "http" -> spec(a, null, null, text(a.http(), "url"), optional);
      case "s3" -> spec(a, keyOnly(pass, a), null, null, optional);
      default ->
          throw new IllegalArgumentException(
              "input artifact \""
                  + a.name()
                  + "\": "
                  + kind
                  + " artifacts are not supported by wf (supported: s3, http, raw, and outputs of"
                  + " other steps)");
    };
  }

  private static ArtifactLocation keyOnly(Pass pass, Artifact a) {
    String key = OutputKeys.ownKey(a);
    if (key == null) {
      throw new IllegalArgumentException("input artifact \"" + a.name() + "\": s3.key is required");
    }
    return new ArtifactLocation(
        OutputArtifactSpecs.repository(pass, a),
        OutputKeys.checked(key, a.name()),
        ArchiveSpecs.declaredKind(a.archive()),
        null,
        null);
  }

  private static InputArtifactSpec spec(
      Artifact a, ArtifactLocation location, String raw, String url, boolean optional) {
    return new InputArtifactSpec(
        a.name(), a.path(), location, raw, url, optional, a.subPath(), a.mode());
  }

  private static String text(JsonNode node, String field) {
    return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
  }
}
