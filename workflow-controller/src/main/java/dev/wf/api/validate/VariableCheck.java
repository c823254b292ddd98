package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * Reports every {@code {{...}}} reference in a document's templates that cannot resolve where it
 * stands, before anything runs, as Argo's validator does: an input the template does not declare, a
 * step of the same or a later group, a task that is not a dependency, {@code item} outside a loop,
 * a misspelled {@code workflow.*} name. {@code {{=...}}} expressions are checked for syntax only.
 * The problem's path points at the field that holds the reference.
 */
public final class VariableCheck implements SpecCheck {
  /** The check, for the central list of checks. */
  public static final SpecCheck VARIABLES = new VariableCheck();

  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    WorkflowSpec spec = spec(manifest);
    if (spec == null) return List.of();
    String path = manifest instanceof CronWorkflow ? "spec.workflowSpec" : "spec";
    var templates = new CallableTemplates(spec, lookup);
    VariableScope global = WorkflowVariables.of(manifest, templates);
    var problems = new ArrayList<Problem>();
    var walk = new TemplateWalk(templates, global, problems);
    for (int i = 0; i < spec.templates().size(); i++) {
      walk.template(spec.templates().get(i), path + ".templates[" + i + "]");
    }
    return problems;
  }

  private static WorkflowSpec spec(Manifest manifest) {
    return switch (manifest) {
      case Workflow w -> w.spec();
      case WorkflowTemplate t -> t.spec();
      case CronWorkflow c -> c.spec() == null ? null : c.spec().workflowSpec();
    };
  }
}
