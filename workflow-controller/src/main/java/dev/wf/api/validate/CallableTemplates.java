package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * The templates a spec can call: its own, those of the stored template its {@code
 * workflowTemplateRef} names, and those that {@code templateRef}s reach through the lookup.
 */
final class CallableTemplates {
  private final WorkflowSpec spec;
  private final TemplateLookup lookup;
  private final WorkflowSpec referenced;
  private final boolean referenceMissing;

  CallableTemplates(WorkflowSpec spec, TemplateLookup lookup) {
    this.spec = spec;
    this.lookup = lookup;
    var ref = spec.workflowTemplateRef();
    Optional<WorkflowTemplate> found =
        ref == null || ref.name() == null
            ? Optional.empty()
            : lookup.find(ref.cluster(), ref.name());
    this.referenced = found.map(WorkflowTemplate::spec).orElse(null);
    this.referenceMissing = ref != null && found.isEmpty();
  }

  WorkflowSpec spec() {
    return spec;
  }

  /** The spec of the stored template named by {@code workflowTemplateRef}, when it was found. */
  Optional<WorkflowSpec> referenced() {
    return Optional.ofNullable(referenced);
  }

  /** True when {@code workflowTemplateRef} names a template the lookup does not know. */
  boolean referenceMissing() {
    return referenceMissing;
  }

  /** True when a workflow-wide {@code retryStrategy} applies to every template. */
  boolean workflowRetries() {
    return spec.retryStrategy() != null
        || (referenced != null && referenced.retryStrategy() != null);
  }

  /** The template a step or task calls, when it can be known before the run. */
  Optional<Template> called(TemplateCall call) {
    if (call.inline() != null) return Optional.of(call.inline());
    if (call.template() != null) {
      Optional<Template> own = spec.template(call.template());
      if (own.isPresent() || referenced == null) return own;
      return referenced.template(call.template());
    }
    var ref = call.templateRef();
    if (ref == null || ref.name() == null) return Optional.empty();
    return lookup.find(ref.cluster(), ref.name()).flatMap(wt -> wt.spec().template(ref.template()));
  }

  /** Every template of the spec and of the referenced spec, inline ones included. */
  List<Template> all() {
    var all = new ArrayList<Template>();
    spec.templates().forEach(t -> collect(t, all));
    if (referenced != null) referenced.templates().forEach(t -> collect(t, all));
    return all;
  }

  private static void collect(Template template, List<Template> into) {
    into.add(template);
    TemplateCall.in(template)
        .filter(call -> call.inline() != null)
        .forEach(call -> collect(call.inline(), into));
  }
}
