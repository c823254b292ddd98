package dev.wf.runtime.k8s;

import java.util.Set;

import io.fabric8.kubernetes.api.model.Pod;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.executor.PodFields;
import dev.wf.executor.pod.PodLayout;

/**
 * Lays a step's {@link PodFields} over the pod built for it: labels and annotations are added (the
 * workflow label and node-id annotation stay the controller's); pod fields are set, except {@code
 * containers} (sidecars), {@code initContainers} and {@code volumes}, which are appended; fields of
 * the main container are set, except {@code env} and {@code volumeMounts}, which are appended. Then
 * each {@code podSpecPatch} is applied in order ({@link PodSpecPatch}).
 */
final class PodOverlay {
  private static final ObjectMapper JSON =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  private PodOverlay() {}

  /**
   * {@code pod} with {@code fields} laid over it.
   *
   * @throws PodBuildException when a patch does not parse or the result is not a valid pod
   */
  static Pod apply(Pod pod, PodFields fields) {
    ObjectNode json = JSON.valueToTree(pod);
    ObjectNode meta = (ObjectNode) json.get("metadata");
    addAll(meta, "labels", fields.metadata().get("labels"));
    addAll(meta, "annotations", fields.metadata().get("annotations"));
    // The controller finds its pods by these: a template's metadata must not change them.
    meta.withObject("labels")
        .put(PodLabels.WORKFLOW, pod.getMetadata().getLabels().get(PodLabels.WORKFLOW));
    meta.withObject("annotations")
        .put(PodLabels.NODE_ID, pod.getMetadata().getAnnotations().get(PodLabels.NODE_ID));
    ObjectNode spec = (ObjectNode) json.get("spec");
    setOrAppend(spec, fields.pod(), Set.of("containers", "initContainers", "volumes"));
    setOrAppend(main(spec), fields.container(), Set.of("env", "volumeMounts"));
    for (String patch : fields.patches()) PodSpecPatch.apply(spec, patch);
    try {
      return JSON.treeToValue(json, Pod.class);
    } catch (JsonProcessingException e) {
      throw new PodBuildException(
          "the step's pod fields do not make a valid pod: " + e.getOriginalMessage());
    }
  }

  private static ObjectNode main(ObjectNode spec) {
    for (JsonNode c : spec.withArray("containers"))
      if (PodLayout.MAIN.equals(c.path("name").asText())) return (ObjectNode) c;
    throw new IllegalStateException("the pod has no main container");
  }

  private static void addAll(ObjectNode meta, String field, JsonNode values) {
    ObjectNode target = meta.withObject(field);
    if (values != null && values.isObject()) target.setAll((ObjectNode) values.deepCopy());
  }

  /** Sets each field of {@code fields} on {@code target}, appending to the lists named. */
  private static void setOrAppend(ObjectNode target, JsonNode fields, Set<String> lists) {
    fields
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode value = e.getValue().deepCopy();
              if (lists.contains(e.getKey()) && value.isArray()) {
                JsonNode own = target.get(e.getKey());
                ArrayNode list =
                    own != null && own.isArray()
                        ? (ArrayNode) own
                        : JsonNodeFactory.instance.arrayNode();
                list.addAll((ArrayNode) value);
                target.set(e.getKey(), list);
              } else {
                target.set(e.getKey(), value);
              }
            });
  }
}
