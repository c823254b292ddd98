package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * A runnable spec gives every workflow parameter a value (or {@code valueFrom}), its own or one the
 * WorkflowTemplate its {@code workflowTemplateRef} runs declares. Argo checks this when a workflow
 * is submitted and not when it is linted (a value may come with {@code -p} at submit), so {@code wf
 * lint} leaves this check out ({@link SpecChecks#forLint()}).
 */
final class ArgumentValueChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .filter(DocumentSpec::runnable)
        .ifPresent(doc -> workflowValues(doc, new TemplateResolver(doc, lookup), problems));
    return problems;
  }

  private static void workflowValues(
      DocumentSpec doc, TemplateResolver resolver, List<Problem> problems) {
    var fromTemplate = new LinkedHashSet<String>();
    resolver
        .referenced()
        .ifPresent(
            t ->
                t.spec().arguments().parameters().stream()
                    .filter(p -> p.value() != null || p.valueFrom() != null)
                    .forEach(p -> fromTemplate.add(p.name())));
    var parameters = doc.spec().arguments().parameters();
    var given = new LinkedHashSet<String>();
    for (int i = 0; i < parameters.size(); i++) {
      var p = parameters.get(i);
      if (p.value() != null || p.valueFrom() != null) given.add(p.name());
      if (p.value() == null && p.valueFrom() == null && !fromTemplate.contains(p.name())) {
        var at = FieldPath.index(FieldPath.child(doc.field("arguments"), "parameters"), i);
        problems.add(new Problem(at, "parameter \"" + p.name() + "\" needs a value or valueFrom"));
      }
    }
    resolver.referenced().ifPresent(t -> templateValues(doc, t, given, problems));
  }

  /** A parameter the referenced WorkflowTemplate declares without a value must be given. */
  private static void templateValues(
      DocumentSpec doc, WorkflowTemplate template, Set<String> given, List<Problem> problems) {
    for (var p : template.spec().arguments().parameters()) {
      if (p.value() != null || p.valueFrom() != null || given.contains(p.name())) continue;
      problems.add(
          new Problem(
              doc.field("workflowTemplateRef"),
              "parameter \""
                  + p.name()
                  + "\" of "
                  + template.kind()
                  + " \""
                  + template.name()
                  + "\" needs a value: set it in spec.arguments.parameters or pass -p "
                  + p.name()
                  + "=VALUE"));
    }
  }
}
