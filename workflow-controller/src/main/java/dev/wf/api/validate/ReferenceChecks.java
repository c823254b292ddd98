package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Manifest;
import dev.wf.api.validate.TemplateResolver.Unresolved;

/**
 * Every template a call site names exists: by name in the spec (or in the WorkflowTemplate its
 * {@code workflowTemplateRef} runs), or through {@code templateRef} in a stored template the lookup
 * knows. Covers the entrypoint, exit handlers, hooks, steps and tasks.
 */
final class ReferenceChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(
            doc -> {
              var resolver = new TemplateResolver(doc, lookup);
              // A missing workflowTemplateRef is reported once, not for every name it would give.
              boolean refMissing =
                  doc.spec().workflowTemplateRef() != null && resolver.referenced().isEmpty();
              for (var site : CallSites.of(doc)) {
                if (site.inline() != null) continue;
                if (refMissing && site.templateRef() == null) continue;
                if (resolver.resolve(site) instanceof Unresolved unresolved) {
                  problems.add(unresolved.problem());
                }
              }
            });
    return problems;
  }
}
