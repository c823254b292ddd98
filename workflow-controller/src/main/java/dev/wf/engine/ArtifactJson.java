package dev.wf.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.ModelJson;

/**
 * Artifacts as values: the JSON text a variable such as {@code steps.a.outputs.artifacts.x} holds
 * (the artifact in Argo's shape, with wf's {@code location}), what a {@code from} or {@code
 * fromExpression} turns back into an artifact, and edits of an artifact's fields.
 */
final class ArtifactJson {
  /** The fields that say where an artifact's content comes from, besides {@code location}. */
  static final List<String> SOURCES =
      List.of("s3", "http", "raw", "git", "gcs", "oss", "hdfs", "azure", "artifactory", "plugin");

  private ArtifactJson() {}

  static String write(Artifact artifact) {
    return ModelJson.write(artifact);
  }

  /**
   * The artifact a reference's value holds: JSON text or, from an expression, a map; anything else
   * is an error naming {@code what} (the reference as written).
   */
  static Artifact of(Object value, String what) {
    JsonNode tree;
    if (value instanceof String text && text.strip().startsWith("{")) {
      try {
        tree = ModelJson.mapper().readTree(text);
      } catch (JsonProcessingException e) {
        throw notAnArtifact(what);
      }
    } else if (value instanceof Map<?, ?> map) {
      tree = ModelJson.mapper().valueToTree(map);
    } else {
      throw notAnArtifact(what);
    }
    if (!tree.isObject() || !tree.has("name")) throw notAnArtifact(what);
    try {
      return ModelJson.mapper().treeToValue(tree, Artifact.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw notAnArtifact(what);
    }
  }

  private static IllegalArgumentException notAnArtifact(String what) {
    return new IllegalArgumentException(what + " is not an artifact");
  }

  static ObjectNode tree(Artifact artifact) {
    return ModelJson.mapper().valueToTree(artifact);
  }

  static Artifact artifact(ObjectNode tree) {
    return ModelJson.mapper().convertValue(tree, Artifact.class);
  }

  /** Sets {@code field} to {@code value} (a record, string, ...), or removes it when null. */
  static void set(ObjectNode tree, String field, Object value) {
    if (value == null) tree.remove(field);
    else tree.set(field, ModelJson.mapper().valueToTree(value));
  }

  /** Whether the artifact says where its content is: a stored location or a source field. */
  static boolean hasSource(Artifact a) {
    return a.location() != null || sourceKind(a) != null;
  }

  /** The first source field the artifact sets ({@code s3}, {@code raw}, ...), or null. */
  static String sourceKind(Artifact a) {
    ObjectNode tree = tree(a);
    for (String kind : SOURCES) {
      if (tree.hasNonNull(kind)) return kind;
    }
    return null;
  }
}
