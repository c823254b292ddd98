package dev.wf.engine;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A template's {@code sidecars} or {@code initContainers} as plain Kubernetes containers: Argo's
 * {@code mirrorVolumeMounts: true} is resolved (the main container's volume mounts are added to the
 * container) and removed, since Kubernetes does not know it.
 */
final class ExtraContainers {
  private static final String MIRROR = "mirrorVolumeMounts";

  private ExtraContainers() {}

  /** The containers of {@code list} (null: none), mirroring {@code main}'s mounts where asked. */
  static ArrayNode of(JsonNode list, JsonNode main) {
    var out = JsonNodeFactory.instance.arrayNode();
    if (list == null || !list.isArray()) return out;
    for (JsonNode c : list) {
      ObjectNode container = c.deepCopy();
      JsonNode mirror = container.remove(MIRROR);
      JsonNode mainMounts = main.path("volumeMounts");
      if (mirror != null && mirror.asBoolean() && mainMounts.isArray()) {
        JsonNode own = container.path("volumeMounts");
        ArrayNode mounts = own.isArray() ? (ArrayNode) own : JsonNodeFactory.instance.arrayNode();
        mounts.addAll((ArrayNode) mainMounts.deepCopy());
        container.set("volumeMounts", mounts);
      }
      out.add(container);
    }
    return out;
  }

  /** Adds the volume names {@code container} mounts to {@code names}. */
  static void mountNames(JsonNode container, Set<String> names) {
    for (JsonNode mount : container.path("volumeMounts")) names.add(mount.path("name").asText());
  }
}
