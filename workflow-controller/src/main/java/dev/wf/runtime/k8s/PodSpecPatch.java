package dev.wf.runtime.k8s;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Applies a {@code podSpecPatch} (JSON or YAML) to a pod spec the way Argo's strategic merge patch
 * does for the cases templates use: objects merge field by field, {@code null} removes a field, and
 * the lists Kubernetes merges by key are merged by it (containers, init containers, volumes, env
 * and image pull secrets by {@code name}, volume mounts by {@code mountPath}, ports by {@code
 * containerPort}); any other list is replaced. Strategic-merge directives ({@code $patch}) are not
 * supported.
 */
final class PodSpecPatch {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Map<String, String> MERGE_KEYS =
      Map.of(
          "containers", "name",
          "initContainers", "name",
          "ephemeralContainers", "name",
          "volumes", "name",
          "env", "name",
          "imagePullSecrets", "name",
          "volumeMounts", "mountPath",
          "ports", "containerPort");

  private PodSpecPatch() {}

  /**
   * Applies {@code patch} to {@code spec}, in place.
   *
   * @throws PodBuildException when the patch is not a JSON or YAML object
   */
  static void apply(ObjectNode spec, String patch) {
    JsonNode tree;
    try {
      tree = YAML.readTree(patch);
    } catch (JsonProcessingException e) {
      throw new PodBuildException("podSpecPatch does not parse: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject())
      throw new PodBuildException("podSpecPatch must be an object (fields of a pod spec)");
    merge(spec, (ObjectNode) tree);
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    patch
        .fields()
        .forEachRemaining(
            e -> {
              String field = e.getKey();
              JsonNode value = e.getValue();
              JsonNode current = target.get(field);
              if (value.isNull()) {
                target.remove(field);
              } else if (current != null && current.isObject() && value.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value);
              } else if (current != null
                  && current.isArray()
                  && value.isArray()
                  && MERGE_KEYS.containsKey(field)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(field));
              } else {
                target.set(field, value.deepCopy());
              }
            });
  }

  private static void mergeList(ArrayNode target, ArrayNode patch, String key) {
    for (JsonNode item : patch) {
      ObjectNode match = null;
      for (JsonNode existing : target) {
        if (existing.isObject() && item.has(key) && existing.path(key).equals(item.get(key)))
          match = (ObjectNode) existing;
      }
      if (match != null && item.isObject()) merge(match, (ObjectNode) item);
      else target.add(item.deepCopy());
    }
  }
}
