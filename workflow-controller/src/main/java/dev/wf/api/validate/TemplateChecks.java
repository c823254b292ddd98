package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.TemplateBodies;
import dev.wf.api.validate.NameRules.Named;
import dev.wf.api.validate.SpecTemplates.Placed;

/**
 * Templates: every listed template has a valid, unique name, and every template (inline ones too)
 * sets exactly one body: container, script, steps, dag, suspend, containerSet, resource, data, http
 * or plugin.
 */
final class TemplateChecks implements SpecCheck {
  private static final String BODIES =
      "container, script, steps, dag, suspend, containerSet, resource, data, http, plugin";

  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest).ifPresent(doc -> check(doc, problems));
    return problems;
  }

  private void check(DocumentSpec doc, List<Problem> problems) {
    var names = new ArrayList<Named>();
    var templates = doc.spec().templates();
    for (int i = 0; i < templates.size(); i++) {
      names.add(new Named(FieldPath.child(doc.template(i), "name"), templates.get(i).name()));
    }
    NameRules.check(names, "template", FieldNames::invalidField, problems);
    for (var placed : SpecTemplates.all(doc)) body(placed, problems);
  }

  private void body(Placed placed, List<Problem> problems) {
    var present = TemplateBodies.present(placed.template());
    if (present.isEmpty()) {
      problems.add(
          new Problem(placed.path(), placed.describe() + " has no body: set one of " + BODIES));
    } else if (present.size() == 2) {
      problems.add(
          new Problem(
              placed.path(),
              placed.describe() + " sets both " + present.get(0) + " and " + present.get(1)));
    } else if (present.size() > 2) {
      var last = present.get(present.size() - 1);
      var rest = String.join(", ", present.subList(0, present.size() - 1));
      problems.add(
          new Problem(
              placed.path(),
              placed.describe() + " sets " + rest + " and " + last + "; set only one"));
    }
  }
}
