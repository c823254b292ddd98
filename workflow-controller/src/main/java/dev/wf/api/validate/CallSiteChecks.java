package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.Manifest;
import dev.wf.api.validate.CallSite.Kind;

/**
 * The shape of steps, tasks and hooks: each calls exactly one of {@code template}, {@code
 * templateRef} or {@code inline}; a step or task loops over at most one of {@code withItems},
 * {@code withParam}, {@code withSequence}; a hook other than {@code exit} needs an {@code
 * expression}.
 */
final class CallSiteChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(doc -> CallSites.of(doc).forEach(site -> check(site, problems)));
    return problems;
  }

  private void check(CallSite site, List<Problem> problems) {
    if (!site.choosesTemplate()) return;
    var set = site.targets();
    var choices =
        site.kind() == Kind.HOOK ? "template, templateRef" : "template, templateRef, inline";
    if (set.isEmpty()) {
      problems.add(
          new Problem(site.path(), site.describe() + " calls no template: set one of " + choices));
    } else if (set.size() > 1) {
      problems.add(
          new Problem(site.path(), site.describe() + " sets " + both(set) + "; set only one"));
    }
    if (site.loops().size() > 1) {
      problems.add(
          new Problem(
              site.child(site.loops().get(1)),
              site.describe() + " sets " + both(site.loops()) + "; loop over only one"));
    }
    if (site.kind() == Kind.HOOK
        && !"exit".equals(site.name())
        && FieldNames.blank(site.expression())) {
      problems.add(
          new Problem(
              site.child("expression"),
              "required: a hook other than \"exit\" runs when its expression becomes true"));
    }
  }

  private static String both(List<String> names) {
    if (names.size() == 2) return "both " + names.get(0) + " and " + names.get(1);
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
