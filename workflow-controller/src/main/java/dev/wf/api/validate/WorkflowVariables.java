package dev.wf.api.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * The global variables, usable in every template: {@code workflow.*} (name, parameters, labels,
 * global outputs, ...) and the few names Argo allows anywhere ({@code node.name}, {@code
 * steps.name}, {@code tasks.name}). What a workflow will only learn at submit time (the parameters
 * passed to a WorkflowTemplate, the labels of a CronWorkflow's runs) is left open.
 */
final class WorkflowVariables {
  private static final List<String> FIXED =
      List.of(
          "workflow.name",
          "workflow.namespace",
          "workflow.uid",
          "workflow.serviceAccountName",
          "workflow.mainEntrypoint",
          "workflow.creationTimestamp",
          "workflow.priority",
          "workflow.duration",
          "workflow.status",
          "workflow.failures",
          "workflow.scheduledTime",
          "workflow.parameters",
          "workflow.parameters.json",
          "workflow.labels",
          "workflow.labels.json",
          "workflow.annotations",
          "workflow.annotations.json",
          "node.name",
          "steps.name",
          "tasks.name");

  private WorkflowVariables() {}

  static VariableScope of(Manifest manifest, CallableTemplates templates) {
    var scope = new VariableScope().addAll(FIXED).addPrefix("workflow.creationTimestamp.");
    parameters(templates.spec(), scope);
    templates.referenced().ifPresent(spec -> parameters(spec, scope));
    if (manifest instanceof WorkflowTemplate || templates.referenceMissing()) {
      scope.addPrefix("workflow.parameters.").addPrefix("workflow.outputs.");
    }
    if (manifest instanceof Workflow workflow) {
      metadata(workflow.metadata().labels(), templates, "labels", scope);
      metadata(workflow.metadata().annotations(), templates, "annotations", scope);
    } else {
      scope.addPrefix("workflow.labels.").addPrefix("workflow.annotations.");
    }
    globalOutputs(templates, scope);
    return scope;
  }

  private static void parameters(WorkflowSpec spec, VariableScope scope) {
    for (Parameter p : spec.arguments().parameters()) scope.add("workflow.parameters." + p.name());
  }

  /** Keys from the workflow's metadata and from {@code workflowMetadata} of spec and reference. */
  private static void metadata(
      Map<String, String> own, CallableTemplates templates, String kind, VariableScope scope) {
    own.keySet().forEach(key -> scope.add("workflow." + kind + "." + key));
    workflowMetadataKeys(templates.spec(), kind, scope);
    templates.referenced().ifPresent(spec -> workflowMetadataKeys(spec, kind, scope));
  }

  private static void workflowMetadataKeys(WorkflowSpec spec, String kind, VariableScope scope) {
    JsonNode metadata = spec.workflowMetadata();
    if (metadata == null) return;
    for (String field : List.of(kind, kind + "From")) {
      JsonNode keys = metadata.get(field);
      if (keys != null)
        keys.properties().forEach(e -> scope.add("workflow." + kind + "." + e.getKey()));
    }
  }

  /** {@code workflow.outputs.*} for every {@code globalName}; open if a call cannot be resolved. */
  private static void globalOutputs(CallableTemplates templates, VariableScope scope) {
    for (Template template : templates.all()) {
      addGlobalNames(template, scope);
      TemplateCall.in(template)
          .filter(call -> call.templateRef() != null)
          .map(templates::called)
          .forEach(
              called -> {
                if (called.isPresent()) addGlobalNames(called.get(), scope);
                else scope.addPrefix("workflow.outputs.");
              });
    }
  }

  private static void addGlobalNames(Template template, VariableScope scope) {
    template.outputs().parameters().stream()
        .map(Parameter::globalName)
        .flatMap(name -> Optional.ofNullable(name).stream())
        .forEach(name -> scope.add("workflow.outputs.parameters." + name));
    template.outputs().artifacts().stream()
        .map(a -> a.globalName())
        .flatMap(name -> Optional.ofNullable(name).stream())
        .forEach(name -> scope.add("workflow.outputs.artifacts." + name));
  }
}
