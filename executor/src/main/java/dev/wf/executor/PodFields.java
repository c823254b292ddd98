package dev.wf.executor;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * What a step sets on its pod beyond the command, already merged from the workflow's spec and the
 * template, with every {@code {{...}}} substituted. Only the Kubernetes runtime applies these; the
 * local runtime has nothing to apply them to. Each part is a JSON object in Kubernetes' own shape
 * holding only the fields set, so the runtime lays it over the pod it builds.
 *
 * @param metadata pod {@code labels} and {@code annotations} ({@code podMetadata} and template
 *     {@code metadata})
 * @param pod {@code PodSpec} fields: nodeSelector, affinity, tolerations, volumes, initContainers,
 *     sidecars (as {@code containers}), serviceAccountName, securityContext, imagePullSecrets, ...
 * @param container fields of the main {@code Container}: resources, volumeMounts, securityContext,
 *     imagePullPolicy, ports, probes, and {@code env} entries that use {@code valueFrom}
 * @param patches {@code podSpecPatch} documents (JSON or YAML), workflow's first, applied in order
 */
public record PodFields(JsonNode metadata, JsonNode pod, JsonNode container, List<String> patches) {
  /** Nothing beyond the command. */
  public static final PodFields NONE = new PodFields(null, null, null, null);

  public PodFields {
    metadata = metadata == null ? JsonNodeFactory.instance.objectNode() : metadata.deepCopy();
    pod = pod == null ? JsonNodeFactory.instance.objectNode() : pod.deepCopy();
    container = container == null ? JsonNodeFactory.instance.objectNode() : container.deepCopy();
    patches = patches == null ? List.of() : List.copyOf(patches);
  }
}
