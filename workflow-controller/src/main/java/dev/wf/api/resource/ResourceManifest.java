package dev.wf.api.resource;

import java.io.IOException;
import java.util.ArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The object a resource template acts on, read from its manifest (YAML or JSON), and what the
 * validator can check of it before its {@code {{...}}} are known.
 */
public final class ResourceManifest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ResourceManifest() {}

  /**
   * The manifest's one document as a tree.
   *
   * @throws IllegalArgumentException saying why it is not YAML
   */
  public static JsonNode read(String manifest) {
    try {
      JsonNode tree = YAML.readTree(manifest);
      return tree == null ? YAML.missingNode() : tree;
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException("not valid YAML: " + why, e);
    }
  }

  /**
   * The manifest with each {@code {{...}}} replaced by a plain word, so that its shape can be
   * checked before the values are known (an unquoted {@code {{x}}} would read as a YAML mapping).
   */
  public static String withPlaceholders(String manifest) {
    return manifest.replaceAll("\\{\\{[^}]*}}", "placeholder");
  }

  /**
   * What the object lacks for {@code action}: {@code apiVersion}, {@code kind}, and a name ({@code
   * metadata.generateName} will do for {@code create}); empty when nothing.
   */
  public static String missing(JsonNode object, String action) {
    var missing = new ArrayList<String>();
    if (!object.path("apiVersion").isTextual()) missing.add("apiVersion");
    if (!object.path("kind").isTextual()) missing.add("kind");
    JsonNode meta = object.path("metadata");
    boolean named = meta.path("name").isTextual();
    if ("create".equals(action)) {
      if (!named && !meta.path("generateName").isTextual()) {
        missing.add("metadata.name or metadata.generateName");
      }
    } else if (!named) {
      missing.add("metadata.name");
    }
    return String.join(", ", missing);
  }
}
