package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Manifest;
import dev.wf.api.validate.NameRules.Named;
import dev.wf.api.validate.SpecTemplates.Placed;

/**
 * Steps templates: every step has a valid name, unique within its template (across all groups).
 * What a step calls is checked with the other call sites.
 */
final class StepsChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(doc -> SpecTemplates.all(doc).forEach(placed -> check(placed, problems)));
    return problems;
  }

  private void check(Placed placed, List<Problem> problems) {
    var groups = placed.template().steps();
    var names = new ArrayList<Named>();
    var stepsPath = FieldPath.child(placed.path(), "steps");
    for (int g = 0; g < groups.size(); g++) {
      var group = groups.get(g);
      if (group.isEmpty()) {
        problems.add(new Problem(FieldPath.index(stepsPath, g), "empty step group"));
      }
      for (int s = 0; s < group.size(); s++) {
        var path = FieldPath.index(FieldPath.index(stepsPath, g), s);
        names.add(new Named(FieldPath.child(path, "name"), group.get(s).name()));
      }
    }
    NameRules.check(names, "step", FieldNames::invalidField, problems);
  }
}
