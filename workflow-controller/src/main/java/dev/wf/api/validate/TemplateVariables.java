package dev.wf.api.validate;

import java.util.List;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;

/**
 * The variables of one template, on top of the global ones: its declared inputs, {@code pod.name}
 * for templates that run a pod, {@code retries} and {@code lastRetry.*} when it is retried, the
 * paths of a leaf's declared outputs, and, inside {@code metrics}, the metric variables.
 */
final class TemplateVariables {
  private static final List<String> LAST_RETRY =
      List.of("lastRetry.exitCode", "lastRetry.status", "lastRetry.duration", "lastRetry.message");
  private static final List<String> METRIC =
      List.of(
          "status",
          "duration",
          "exitCode",
          "resourcesDuration.cpu",
          "resourcesDuration.memory",
          "outputs.result");

  private TemplateVariables() {}

  static VariableScope of(Template t, VariableScope global, boolean workflowRetries) {
    var scope = global.copy();
    for (Parameter p : t.inputs().parameters()) scope.add("inputs.parameters." + p.name());
    if (!t.inputs().parameters().isEmpty()) scope.add("inputs.parameters");
    for (Artifact a : t.inputs().artifacts()) {
      scope.add("inputs.artifacts." + a.name());
      if (isLeaf(t)) scope.add("inputs.artifacts." + a.name() + ".path");
    }
    if (runsPod(t)) scope.add("pod.name");
    if (t.retryStrategy() != null || workflowRetries) scope.add("retries").addAll(LAST_RETRY);
    if (isLeaf(t)) outputPaths(t, scope);
    explainAbsent(t, scope);
    return scope;
  }

  /** Why names that only exist in other kinds of template are not available in this one. */
  private static void explainAbsent(Template t, VariableScope scope) {
    if (t.steps().isEmpty()) scope.block("steps.", "steps.* exists only in a steps template");
    if (t.dag() == null) scope.block("tasks.", "tasks.* exists only in a dag template");
    scope.block(
        "item.",
        "item exists only in a step or task with withItems, withParam or" + " withSequence");
    String retried = "exists only in a template with a retryStrategy";
    scope.block("retries.", "retries " + retried).block("lastRetry.", "lastRetry.* " + retried);
    scope.block("pod.", "pod.name exists only in a template that runs a pod");
    scope.block("workflow.outputs.", "no output declares this globalName");
  }

  /** The template scope plus what a metric may report about the finished node. */
  static VariableScope metrics(Template t, VariableScope local) {
    var scope = local.copy().addAll(METRIC);
    t.outputs().parameters().forEach(p -> scope.add("outputs.parameters." + p.name()));
    return scope;
  }

  private static void outputPaths(Template t, VariableScope scope) {
    for (Parameter p : t.outputs().parameters()) {
      if (p.valueFrom() != null && p.valueFrom().path() != null) {
        scope.add("outputs.parameters." + p.name() + ".path");
      }
    }
    for (Artifact a : t.outputs().artifacts()) {
      if (a.path() != null) scope.add("outputs.artifacts." + a.name() + ".path");
    }
  }

  static boolean runsPod(Template t) {
    return t.container() != null
        || t.script() != null
        || t.containerSet() != null
        || t.resource() != null
        || t.data() != null;
  }

  /** Templates whose node has a result and an exit code of its own. */
  static boolean hasResult(Template t) {
    return t.container() != null
        || t.script() != null
        || t.containerSet() != null
        || t.data() != null
        || t.http() != null
        || t.plugin() != null;
  }

  static boolean isLeaf(Template t) {
    return t.steps().isEmpty() && t.dag() == null;
  }
}
