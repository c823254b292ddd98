package dev.wf.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;

/**
 * Builds the flat variable maps that {@code {{...}}} resolves against: workflow-wide names, a
 * node's own inputs, and the outputs of finished steps or tasks.
 */
final class Variables {
  /** The annotation a cron workflow's runs carry their scheduled time in (Argo's). */
  static final String SCHEDULED_TIME = "workflows.argoproj.io/scheduled-time";

  /** The namespace local workflows live in when they name none. */
  static final String DEFAULT_NAMESPACE = "default";

  private Variables() {}

  static Map<String, String> globals(Workflow workflow, WorkflowSpec spec) {
    var vars = new LinkedHashMap<String, String>();
    var meta = workflow.metadata();
    vars.put("workflow.name", meta.name());
    vars.put("workflow.namespace", meta.namespace() == null ? DEFAULT_NAMESPACE : meta.namespace());
    vars.put("workflow.uid", meta.uid() == null ? "" : meta.uid());
    vars.put("workflow.mainEntrypoint", spec.entrypoint() == null ? "" : spec.entrypoint());
    vars.put(
        "workflow.serviceAccountName",
        spec.serviceAccountName() == null ? "default" : spec.serviceAccountName());
    if (meta.creationTimestamp() != null) CreationTimestamps.add(vars, meta.creationTimestamp());
    meta.labels().forEach((k, v) -> vars.put("workflow.labels." + k, v));
    meta.annotations().forEach((k, v) -> vars.put("workflow.annotations." + k, v));
    // Argo's whole-map forms; the bare names are its deprecated spellings of the .json ones.
    putWhole(vars, "workflow.labels", meta.labels());
    putWhole(vars, "workflow.annotations", meta.annotations());
    if (spec.priority() != null) vars.put("workflow.priority", spec.priority().toString());
    String scheduled = meta.annotations().get(SCHEDULED_TIME);
    if (scheduled != null) vars.put("workflow.scheduledTime", scheduled);
    var params = new ArrayList<Parameter>();
    for (Parameter p : spec.arguments().parameters()) {
      String value = p.value() != null ? p.value() : p.defaultValue();
      if (value != null) {
        vars.put("workflow.parameters." + p.name(), value);
        params.add(Parameter.of(p.name(), value));
      }
    }
    vars.put("workflow.parameters.json", ModelJson.write(params));
    vars.put("workflow.parameters", ModelJson.write(params));
    return vars;
  }

  /**
   * Globals plus what a node's template sees of itself: its inputs (an input artifact as a whole,
   * for {@code from}, and its {@code path}), pod name and node name.
   */
  static Map<String, String> forNode(Pass pass, NodeStatus node) {
    var vars = new LinkedHashMap<>(pass.globals);
    if (node.inputs() != null) {
      for (Parameter p : node.inputs().parameters())
        vars.put("inputs.parameters." + p.name(), p.value());
      vars.put("inputs.parameters", ModelJson.write(node.inputs().parameters()));
      for (Artifact a : node.inputs().artifacts()) {
        vars.put("inputs.artifacts." + a.name(), ArtifactJson.write(a));
        if (a.path() != null) vars.put("inputs.artifacts." + a.name() + ".path", a.path());
      }
    }
    vars.put("pod.name", node.id());
    vars.put("node.name", node.name());
    String caller = callerName(pass, node);
    if (caller != null) vars.put(caller, callName(node.displayName()));
    vars.putAll(pass.locals(node.id()));
    return vars;
  }

  /** A map as JSON under {@code name} and {@code name.json}. */
  private static void putWhole(Map<String, String> vars, String name, Map<String, String> map) {
    String json = ModelJson.write(map);
    vars.put(name, json);
    vars.put(name + ".json", json);
  }

  /**
   * {@code steps.name} for a node a steps template calls, {@code tasks.name} for one a DAG calls,
   * else null.
   */
  private static String callerName(Pass pass, NodeStatus node) {
    NodeStatus boundary = node.boundaryID() == null ? null : pass.node(node.boundaryID());
    if (boundary == null) return null;
    return switch (boundary.type()) {
      case STEPS -> "steps.name";
      case DAG -> "tasks.name";
      default -> null;
    };
  }

  /**
   * The step or task name a node was called by: its display name without a loop or retry suffix.
   */
  private static String callName(String displayName) {
    int paren = displayName.indexOf('(');
    return paren > 0 ? displayName.substring(0, paren) : displayName;
  }

  /**
   * Adds {@code prefix.outputs.result}, {@code prefix.outputs.parameters.P}, {@code
   * prefix.outputs.artifacts.A} (the artifact as JSON, for {@code from}), {@code prefix.status},
   * ...
   */
  static void addOutputs(Map<String, String> vars, String prefix, NodeStatus child) {
    vars.put(prefix + ".id", child.id());
    vars.put(prefix + ".status", child.phase().label());
    if (child.startedAt() != null) vars.put(prefix + ".startedAt", child.startedAt().toString());
    if (child.finishedAt() != null) vars.put(prefix + ".finishedAt", child.finishedAt().toString());
    var outputs = child.outputs();
    if (outputs == null) return;
    if (outputs.result() != null) vars.put(prefix + ".outputs.result", outputs.result());
    if (outputs.exitCode() != null) vars.put(prefix + ".exitCode", outputs.exitCode());
    for (Parameter p : outputs.parameters()) {
      if (p.value() != null) vars.put(prefix + ".outputs.parameters." + p.name(), p.value());
    }
    for (Artifact a : outputs.artifacts()) {
      vars.put(prefix + ".outputs.artifacts." + a.name(), ArtifactJson.write(a));
    }
  }

  /**
   * The outputs of a loop: {@code prefix.outputs.result} and {@code prefix.outputs.parameters} as
   * JSON lists over the items (Argo's fan-in), plus the status of the loop as a whole.
   */
  static void addAggregated(Map<String, String> vars, String prefix, List<NodeStatus> children) {
    var results = new ArrayList<String>();
    var parameters = new ArrayList<Map<String, String>>();
    var byName = new LinkedHashMap<String, List<String>>();
    boolean anyResult = false;
    for (NodeStatus child : children) {
      var outputs = child.outputs();
      if (outputs == null) continue;
      if (outputs.result() != null) {
        results.add(outputs.result());
        anyResult = true;
      }
      var map = new LinkedHashMap<String, String>();
      for (Parameter p : outputs.parameters()) {
        map.put(p.name(), p.value());
        byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.value());
      }
      if (!map.isEmpty()) parameters.add(map);
    }
    if (anyResult)
      vars.put(
          prefix + ".outputs.result",
          ModelJson.write(results.stream().map(Variables::jsonValue).toList()));
    vars.put(prefix + ".outputs.parameters", ModelJson.write(parameters));
    byName.forEach(
        (name, values) ->
            vars.put(prefix + ".outputs.parameters." + name, ModelJson.write(values)));
    boolean failed = children.stream().anyMatch(c -> c.phase().failedOrErrored());
    vars.put(prefix + ".status", failed ? "Failed" : "Succeeded");
  }

  /**
   * A result that is itself JSON joins the list as JSON, as Argo's aggregation does; text stays
   * text.
   */
  private static Object jsonValue(String text) {
    String t = text.trim();
    if (t.startsWith("{") || t.startsWith("[")) {
      try {
        return ModelJson.mapper().readTree(t);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return text;
      }
    }
    return text;
  }
}
