package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.spec.WorkflowTemplateRef;

/**
 * The spec as a whole: a runnable spec needs an entrypoint unless it runs a stored template through
 * {@code workflowTemplateRef}; that reference must name a template the lookup knows, and then the
 * spec brings no templates of its own (as in Argo). Whether the entrypoint exists is a {@link
 * ReferenceChecks} matter.
 */
final class WorkflowChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest).ifPresent(doc -> check(doc, lookup, problems));
    return problems;
  }

  private void check(DocumentSpec doc, TemplateLookup lookup, List<Problem> problems) {
    var spec = doc.spec();
    var ref = spec.workflowTemplateRef();
    if (ref == null) {
      if (doc.runnable() && FieldNames.blank(spec.entrypoint())) {
        problems.add(new Problem(doc.field("entrypoint"), "required"));
      }
      return;
    }
    var refPath = doc.field("workflowTemplateRef");
    if (FieldNames.blank(ref.name())) {
      problems.add(new Problem(refPath + ".name", "required"));
      return;
    }
    if (!spec.templates().isEmpty()) {
      problems.add(
          new Problem(
              doc.field("templates"),
              "not allowed with workflowTemplateRef: the templates come from "
                  + kind(ref)
                  + " \""
                  + ref.name()
                  + "\""));
    }
    if (FieldNames.dynamic(ref.name())) return;
    var stored = lookup.find(ref.cluster(), ref.name());
    if (stored.isEmpty()) {
      problems.add(new Problem(refPath, Known.storedTemplate(lookup, ref.cluster(), ref.name())));
    } else if (doc.runnable()
        && FieldNames.blank(spec.entrypoint())
        && FieldNames.blank(stored.get().spec().entrypoint())) {
      problems.add(
          new Problem(
              doc.field("entrypoint"),
              "required: " + kind(ref) + " \"" + ref.name() + "\" does not set one either"));
    }
  }

  private static String kind(WorkflowTemplateRef ref) {
    return ref.cluster() ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
  }
}
