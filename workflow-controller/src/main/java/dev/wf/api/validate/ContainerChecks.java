package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Container;
import dev.wf.api.spec.ContainerSetTemplate;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Template;
import dev.wf.api.validate.NameRules.Named;
import dev.wf.api.validate.SpecTemplates.Placed;

/**
 * Container-like bodies: container and script need an image (unless {@code templateDefaults} gives
 * one); a script needs {@code source}, which only a script may have; {@code dependencies} belong to
 * the containers of a containerSet, which need unique names and may depend only on each other.
 */
final class ContainerChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(
            doc -> {
              var defaults = Optional.ofNullable(doc.spec().templateDefaults());
              for (var placed : SpecTemplates.all(doc)) check(placed, defaults, problems);
            });
    return problems;
  }

  private void check(Placed placed, Optional<Template> defaults, List<Problem> problems) {
    var t = placed.template();
    if (t.container() != null) {
      var path = FieldPath.child(placed.path(), "container");
      boolean defaulted = defaults.map(Template::container).map(Container::image).isPresent();
      image(path, t.container(), defaulted, problems);
      notAllowed(path, t.container(), true, problems);
    }
    if (t.script() != null) {
      var path = FieldPath.child(placed.path(), "script");
      boolean defaulted = defaults.map(Template::script).map(Container::image).isPresent();
      image(path, t.script(), defaulted, problems);
      if (FieldNames.blank(t.script().source())) {
        problems.add(new Problem(FieldPath.child(path, "source"), "required"));
      }
      notAllowed(path, t.script(), false, problems);
    }
    if (t.containerSet() != null) {
      containerSet(FieldPath.child(placed.path(), "containerSet"), t.containerSet(), problems);
    }
  }

  private void image(String path, Container c, boolean defaulted, List<Problem> problems) {
    if (FieldNames.blank(c.image()) && !defaulted) {
      problems.add(new Problem(FieldPath.child(path, "image"), "required"));
    }
  }

  private void notAllowed(String path, Container c, boolean checkSource, List<Problem> problems) {
    if (checkSource && c.source() != null) {
      problems.add(
          new Problem(FieldPath.child(path, "source"), "only a script template has source"));
    }
    if (!c.dependencies().isEmpty()) {
      problems.add(
          new Problem(
              FieldPath.child(path, "dependencies"),
              "only the containers of a containerSet have dependencies"));
    }
  }

  private void containerSet(String path, ContainerSetTemplate set, List<Problem> problems) {
    var containersPath = FieldPath.child(path, "containers");
    if (set.containers().isEmpty()) {
      problems.add(new Problem(containersPath, "required: at least one container"));
      return;
    }
    var names = new ArrayList<Named>();
    var containers = set.containers();
    for (int i = 0; i < containers.size(); i++) {
      names.add(
          new Named(
              FieldPath.child(FieldPath.index(containersPath, i), "name"),
              containers.get(i).name()));
    }
    NameRules.check(names, "container", FieldNames::invalidField, problems);
    var known = containers.stream().map(Container::name).toList();
    for (int i = 0; i < containers.size(); i++) {
      var containerPath = FieldPath.index(containersPath, i);
      var c = containers.get(i);
      image(containerPath, c, false, problems);
      if (c.source() != null) {
        problems.add(
            new Problem(
                FieldPath.child(containerPath, "source"), "only a script template has source"));
      }
      var deps = c.dependencies();
      for (int d = 0; d < deps.size(); d++) {
        if (!known.contains(deps.get(d))) {
          problems.add(
              new Problem(
                  FieldPath.index(FieldPath.child(containerPath, "dependencies"), d),
                  "unknown container \"" + deps.get(d) + "\" " + Known.names(known)));
        }
      }
    }
  }
}
