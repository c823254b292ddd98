package dev.wf.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.expr.Templating;
import dev.wf.api.spec.Container;
import dev.wf.api.spec.EnvVar;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.executor.PodFields;

/**
 * What a step sets on its pod, merged as Argo's pod builder does: for scheduling fields
 * (nodeSelector, affinity, tolerations, schedulerName, priorityClassName, securityContext,
 * serviceAccountName, automountServiceAccountToken, podResources, resourceClaims) the template's
 * value wins over the workflow's; hostAliases are concatenated; imagePullSecrets, hostNetwork,
 * dnsPolicy and dnsConfig come from the workflow only; volumes are the template's plus the
 * workflow's that a container of the pod mounts; {@code podMetadata} then template {@code metadata}
 * give labels and annotations; sidecars and init containers are passed on (with {@code
 * mirrorVolumeMounts} resolved); the main container keeps its Kubernetes-only fields.
 */
final class PodFieldsOf {
  /** Main container fields passed through as they are (the rest go to the StepSpec itself). */
  private static final List<String> CONTAINER_FIELDS =
      List.of(
          "resources",
          "resizePolicy",
          "volumeMounts",
          "volumeDevices",
          "ports",
          "livenessProbe",
          "readinessProbe",
          "startupProbe",
          "lifecycle",
          "terminationMessagePath",
          "terminationMessagePolicy",
          "imagePullPolicy",
          "securityContext",
          "envFrom",
          "stdin",
          "stdinOnce",
          "tty");

  private PodFieldsOf() {}

  /**
   * The pod fields of a step running {@code t} (already substituted) with main container {@code
   * main}; the workflow's {@code podSpecPatch} is substituted with {@code vars} here.
   */
  static PodFields of(WorkflowSpec wf, Template t, Container main, Map<String, String> vars) {
    JsonNode mainJson = ModelJson.mapper().valueToTree(main);
    var patches = new ArrayList<String>();
    if (wf.podSpecPatch() != null) patches.add(Templating.substitute(wf.podSpecPatch(), vars));
    if (t.podSpecPatch() != null) patches.add(t.podSpecPatch());
    return new PodFields(metadata(wf, t), pod(wf, t, mainJson), container(main), patches);
  }

  private static ObjectNode metadata(WorkflowSpec wf, Template t) {
    var labels = JsonNodeFactory.instance.objectNode();
    var annotations = JsonNodeFactory.instance.objectNode();
    for (JsonNode meta : new JsonNode[] {wf.podMetadata(), t.metadata()}) {
      if (meta == null) continue;
      if (meta.path("labels").isObject()) labels.setAll((ObjectNode) meta.get("labels"));
      if (meta.path("annotations").isObject())
        annotations.setAll((ObjectNode) meta.get("annotations"));
    }
    var out = JsonNodeFactory.instance.objectNode();
    if (!labels.isEmpty()) out.set("labels", labels);
    if (!annotations.isEmpty()) out.set("annotations", annotations);
    return out;
  }

  private static ObjectNode pod(WorkflowSpec wf, Template t, JsonNode main) {
    var pod = scheduling(wf, t);
    put(pod, "hostAliases", concat(wf.hostAliases(), t.hostAliases()));
    put(pod, "imagePullSecrets", wf.imagePullSecrets());
    if (wf.hostNetwork() != null) pod.put("hostNetwork", wf.hostNetwork());
    put(pod, "dnsPolicy", text(wf.dnsPolicy()));
    put(pod, "dnsConfig", wf.dnsConfig());
    if (t.activeDeadlineSeconds() != null) {
      // Read as Deadlines reads it (seconds or a Go duration); Kubernetes wants whole seconds.
      long seconds =
          TemplateFields.duration("activeDeadlineSeconds", t.activeDeadlineSeconds(), Map.of())
              .toSeconds();
      pod.put("activeDeadlineSeconds", Math.max(1, seconds));
    }
    ArrayNode sidecars = ExtraContainers.of(t.sidecars(), main);
    ArrayNode inits = ExtraContainers.of(t.initContainers(), main);
    put(pod, "containers", sidecars);
    put(pod, "initContainers", inits);
    put(pod, "volumes", volumes(wf, t, main, sidecars, inits));
    return pod;
  }

  /** The fields where the template's value, when set, wins over the workflow's. */
  private static ObjectNode scheduling(WorkflowSpec wf, Template t) {
    var mapper = ModelJson.mapper();
    var pod = JsonNodeFactory.instance.objectNode();
    put(
        pod,
        "nodeSelector",
        mapper.valueToTree(t.nodeSelector().isEmpty() ? wf.nodeSelector() : t.nodeSelector()));
    put(pod, "affinity", first(t.affinity(), wf.affinity()));
    put(pod, "tolerations", first(t.tolerations(), wf.tolerations()));
    put(pod, "schedulerName", text(first(t.schedulerName(), wf.schedulerName())));
    put(pod, "priorityClassName", text(first(t.priorityClassName(), wf.podPriorityClassName())));
    put(pod, "securityContext", first(t.securityContext(), wf.securityContext()));
    put(pod, "serviceAccountName", text(first(t.serviceAccountName(), wf.serviceAccountName())));
    Boolean automount = first(t.automountServiceAccountToken(), wf.automountServiceAccountToken());
    if (Boolean.FALSE.equals(automount)) pod.put("automountServiceAccountToken", false);
    put(pod, "resources", first(t.podResources(), wf.podResources()));
    put(pod, "resourceClaims", first(t.resourceClaims(), wf.resourceClaims()));
    return pod;
  }

  /** The template's volumes, then the workflow's that some container of the pod mounts. */
  private static ArrayNode volumes(
      WorkflowSpec wf, Template t, JsonNode main, ArrayNode sidecars, ArrayNode inits) {
    var volumes = JsonNodeFactory.instance.arrayNode();
    var names = new LinkedHashSet<String>();
    if (t.volumes() != null && t.volumes().isArray()) {
      for (JsonNode v : t.volumes()) {
        volumes.add(v);
        names.add(v.path("name").asText());
      }
    }
    Set<String> mounted = new LinkedHashSet<>();
    ExtraContainers.mountNames(main, mounted);
    sidecars.forEach(c -> ExtraContainers.mountNames(c, mounted));
    inits.forEach(c -> ExtraContainers.mountNames(c, mounted));
    if (wf.volumes() != null && wf.volumes().isArray()) {
      for (JsonNode v : wf.volumes()) {
        String name = v.path("name").asText();
        if (mounted.contains(name) && names.add(name)) volumes.add(v);
      }
    }
    return volumes;
  }

  private static ObjectNode container(Container main) {
    ObjectNode json = ModelJson.mapper().valueToTree(main);
    var out = JsonNodeFactory.instance.objectNode();
    for (String field : CONTAINER_FIELDS) put(out, field, json.get(field));
    var env = JsonNodeFactory.instance.arrayNode();
    for (EnvVar e : main.env()) {
      if (e.value() == null && e.valueFrom() != null)
        env.addObject().put("name", e.name()).set("valueFrom", e.valueFrom());
    }
    put(out, "env", env);
    return out;
  }

  private static JsonNode concat(JsonNode first, JsonNode second) {
    var all = JsonNodeFactory.instance.arrayNode();
    for (JsonNode list : new JsonNode[] {first, second}) {
      if (list != null && list.isArray()) all.addAll((ArrayNode) list);
    }
    return all;
  }

  /** Sets {@code field} unless the value is missing or empty. */
  private static void put(ObjectNode target, String field, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) return;
    if (value.isContainerNode() && value.isEmpty()) return;
    if (value.isTextual() && value.asText().isEmpty()) return;
    target.set(field, value);
  }

  private static JsonNode text(String value) {
    return value == null ? null : JsonNodeFactory.instance.textNode(value);
  }

  /** The template's value when set (a non-empty list or object), else the workflow's. */
  private static <T> T first(T template, T workflow) {
    if (template == null) return workflow;
    if (template instanceof String s && s.isEmpty()) return workflow;
    if (template instanceof JsonNode n && (n.isNull() || (n.isContainerNode() && n.isEmpty())))
      return workflow;
    return template;
  }
}
