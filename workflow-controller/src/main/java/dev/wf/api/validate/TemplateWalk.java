package dev.wf.api.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowStep;

/**
 * Walks one template's fields with the scope that holds at each of them: the template scope for
 * most, plus earlier steps' outputs inside a step, plus ancestor tasks' outputs inside a DAG task,
 * plus {@code item} inside a loop. Inline templates are walked as templates of their own.
 */
final class TemplateWalk {
  private final CallableTemplates templates;
  private final VariableScope global;
  private final List<Problem> out;

  TemplateWalk(CallableTemplates templates, VariableScope global, List<Problem> out) {
    this.templates = templates;
    this.global = global;
    this.out = out;
  }

  void template(Template t, String path) {
    VariableScope local = TemplateVariables.of(t, global, templates.workflowRetries());
    JsonNode tree = ModelJson.mapper().valueToTree(t);
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      String fieldPath = path + "." + field.getKey();
      switch (field.getKey()) {
        case "steps" -> steps(t.steps(), field.getValue(), fieldPath, local);
        case "dag" -> dag(t.dag(), field.getValue(), fieldPath, local);
        case "outputs" -> walk(field.getValue(), fieldPath, outputsScope(t, local));
        case "metrics" -> walk(field.getValue(), fieldPath, TemplateVariables.metrics(t, local));
        default -> walk(field.getValue(), fieldPath, local);
      }
    }
  }

  private void steps(
      List<List<WorkflowStep>> groups, JsonNode node, String path, VariableScope local) {
    VariableScope earlier = local.copy();
    for (int g = 0; g < groups.size(); g++) {
      VariableScope groupScope = earlier.copy();
      for (int later = g; later < groups.size(); later++) {
        for (WorkflowStep step : groups.get(later)) {
          groupScope.block("steps." + step.name() + ".", notEarlier(step.name()));
        }
      }
      for (int j = 0; j < groups.get(g).size(); j++) {
        var call = TemplateCall.of(groups.get(g).get(j));
        String stepPath = path + "[" + g + "][" + j + "]";
        call(call, "steps.", node.path(g).path(j), stepPath, groupScope.copy());
      }
      groups.get(g).forEach(step -> addOutputs(earlier, "steps.", TemplateCall.of(step)));
    }
  }

  private void dag(DagTemplate dag, JsonNode node, String path, VariableScope local) {
    Map<String, Set<String>> ancestors = DagAncestors.of(dag);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals("tasks")) {
        walk(field.getValue(), path + "." + field.getKey(), local);
      }
    }
    for (int i = 0; i < dag.tasks().size(); i++) {
      DagTask task = dag.tasks().get(i);
      VariableScope scope = local.copy();
      for (DagTask other : dag.tasks()) {
        if (ancestors.getOrDefault(task.name(), Set.of()).contains(other.name())) {
          addOutputs(scope, "tasks.", TemplateCall.of(other));
        } else {
          scope.block("tasks." + other.name() + ".", notAncestor(task.name(), other.name()));
        }
      }
      call(
          TemplateCall.of(task),
          "tasks.",
          node.path("tasks").path(i),
          path + ".tasks[" + i + "]",
          scope);
    }
  }

  private static String notEarlier(String step) {
    return "step \"%s\" does not run before this one; only steps of earlier groups can be referenced"
        .formatted(step);
  }

  private static String notAncestor(String task, String other) {
    if (task.equals(other)) return "a task cannot use its own outputs";
    return "task \"%s\" is not a dependency of task \"%s\" (add it to depends)"
        .formatted(other, task);
  }

  /** The fields of one step or task; hooks may also use the call's own outputs. */
  private void call(
      TemplateCall call, String kind, JsonNode node, String path, VariableScope scope) {
    LoopVariables.addTo(scope, call);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = path + "." + field.getKey();
      switch (field.getKey()) {
        case "inline" -> template(call.inline(), fieldPath);
        case "hooks" -> {
          VariableScope hooks = scope.copy();
          addOutputs(hooks, kind, call);
          walk(field.getValue(), fieldPath, hooks);
        }
        default -> walk(field.getValue(), fieldPath, scope);
      }
    }
  }

  /** A steps or DAG template's own outputs may name any of its steps or tasks. */
  private VariableScope outputsScope(Template t, VariableScope local) {
    VariableScope scope = local.copy();
    t.steps().stream()
        .flatMap(List::stream)
        .forEach(step -> addOutputs(scope, "steps.", TemplateCall.of(step)));
    if (t.dag() != null) {
      t.dag().tasks().forEach(task -> addOutputs(scope, "tasks.", TemplateCall.of(task)));
    }
    return scope;
  }

  private void addOutputs(VariableScope scope, String kind, TemplateCall call) {
    CallOutputs.addTo(scope, kind + call.name(), templates.called(call), call.loops());
  }

  private void walk(JsonNode node, String path, VariableScope scope) {
    StringFields.walk(node, path, ReferenceProblems.against(scope, out));
  }
}
