package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateRef;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.spec.WorkflowTemplateRef;

/**
 * Finds the template a call site runs: by name among the spec's own templates (and those of the
 * WorkflowTemplate its {@code workflowTemplateRef} names), or through {@code templateRef} in a
 * stored (Cluster)WorkflowTemplate. Names holding {@code {{...}}} are only known at run time.
 */
final class TemplateResolver {
  private final DocumentSpec doc;
  private final TemplateLookup lookup;
  private final Optional<WorkflowTemplate> referenced;

  /** What resolving a call site gave. */
  sealed interface Resolution {}

  /** The template that runs. */
  record Resolved(Template template) implements Resolution {}

  /** A reference that names nothing: the problem to report. */
  record Unresolved(Problem problem) implements Resolution {}

  /** Nothing to resolve now: the call site has no reference, or one known only at run time. */
  record Unknowable() implements Resolution {}

  TemplateResolver(DocumentSpec doc, TemplateLookup lookup) {
    this.doc = doc;
    this.lookup = lookup;
    this.referenced = find(doc.spec().workflowTemplateRef());
  }

  /** The WorkflowTemplate that {@code workflowTemplateRef} names, if set and found. */
  Optional<WorkflowTemplate> referenced() {
    return referenced;
  }

  private Optional<WorkflowTemplate> find(WorkflowTemplateRef ref) {
    if (ref == null || FieldNames.blank(ref.name()) || FieldNames.dynamic(ref.name())) {
      return Optional.empty();
    }
    return lookup.find(ref.cluster(), ref.name());
  }

  /** Template names a call site may use: the spec's own, then the referenced template's. */
  List<String> knownNames() {
    var names = new ArrayList<String>();
    doc.spec().templates().forEach(t -> names.add(t.name()));
    referenced.ifPresent(r -> r.spec().templates().forEach(t -> names.add(t.name())));
    return names;
  }

  /** The template called {@code name}, looking in the spec first. */
  Optional<Template> byName(String name) {
    var own = doc.spec().template(name);
    if (own.isPresent()) return own;
    return referenced.flatMap(r -> r.spec().template(name));
  }

  Resolution resolve(CallSite site) {
    if (site.inline() != null) return new Resolved(site.inline());
    if (site.templateRef() != null) return resolveRef(site, site.templateRef());
    if (FieldNames.blank(site.template()) || FieldNames.dynamic(site.template())) {
      return new Unknowable();
    }
    return byName(site.template())
        .<Resolution>map(Resolved::new)
        .orElseGet(
            () ->
                new Unresolved(
                    new Problem(
                        site.field(),
                        "unknown template \""
                            + site.template()
                            + "\" "
                            + Known.names(site.template(), knownNames()))));
  }

  private Resolution resolveRef(CallSite site, TemplateRef ref) {
    var refPath = site.child("templateRef");
    if (FieldNames.blank(ref.name())) {
      return new Unresolved(new Problem(refPath + ".name", "required"));
    }
    if (FieldNames.blank(ref.template())) {
      return new Unresolved(new Problem(refPath + ".template", "required"));
    }
    if (FieldNames.dynamic(ref.name()) || FieldNames.dynamic(ref.template())) {
      return new Unknowable();
    }
    var kind = ref.cluster() ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
    var stored = lookup.find(ref.cluster(), ref.name());
    if (stored.isEmpty()) {
      return new Unresolved(
          new Problem(refPath + ".name", Known.storedTemplate(lookup, ref.cluster(), ref.name())));
    }
    var spec = stored.get().spec();
    return spec.template(ref.template())
        .<Resolution>map(Resolved::new)
        .orElseGet(
            () ->
                new Unresolved(
                    new Problem(
                        refPath + ".template",
                        kind
                            + " \""
                            + ref.name()
                            + "\" has no template \""
                            + ref.template()
                            + "\" "
                            + Known.names(
                                ref.template(),
                                spec.templates().stream().map(Template::name).toList()))));
  }
}
