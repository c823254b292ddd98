package dev.wf.cli.command;

import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.ModelJson;

/**
 * Reads a ConfigMap manifest ({@code apiVersion: v1, kind: ConfigMap, metadata, data}) for {@code
 * wf configmap create --from-file}; a file that is not one is refused with the file's name.
 */
final class ConfigMapManifest {
  private ConfigMapManifest() {}

  static ConfigMap read(String source, String yaml) {
    JsonNode tree;
    try {
      tree = new YAMLMapper().readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException(source + ": expected a ConfigMap manifest (a mapping)");
    }
    String kind = tree.path("kind").asText("");
    if (!kind.equals(ConfigMap.KIND)) {
      throw new IllegalArgumentException(
          source + ": expected kind ConfigMap, found " + (kind.isEmpty() ? "no kind" : kind));
    }
    try {
      return ModelJson.mapper().treeToValue(tree, ConfigMap.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          source + ": unknown field \"" + e.getPropertyName() + "\" (allowed: " + allowed(e) + ")");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": " + e.getOriginalMessage());
    }
  }

  /** Adds {@code key=value} pairs to a ConfigMap's data. */
  static ConfigMap withLiterals(ConfigMap configMap, Map<String, String> literals) {
    var data = new java.util.LinkedHashMap<>(configMap.data());
    data.putAll(literals);
    return configMap.withData(data);
  }

  private static String allowed(UnrecognizedPropertyException e) {
    return e.getKnownPropertyIds().stream()
        .map(Object::toString)
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
