package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.resource.ConditionException;
import dev.wf.api.resource.JqPath;
import dev.wf.api.resource.JsonPathTemplate;
import dev.wf.api.resource.ResourceCondition;
import dev.wf.api.resource.ResourceManifest;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.ResourceTemplate;
import dev.wf.api.spec.Template;
import dev.wf.api.validate.SpecTemplates.Placed;

/**
 * Resource bodies: a known action, one manifest (inline, or an input artifact named by {@code
 * manifestFrom}) that is YAML naming its object, a known merge strategy, conditions that parse, no
 * waiting or outputs for {@code delete}, and outputs read with a {@code jsonPath} or {@code
 * jqFilter} that wf can evaluate. A value with {@code {{...}}} is checked once it is known.
 */
final class ResourceChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(doc -> SpecTemplates.all(doc).forEach(placed -> check(placed, problems)));
    return problems;
  }

  private void check(Placed placed, List<Problem> problems) {
    ResourceTemplate r = placed.template().resource();
    if (r == null) return;
    String path = FieldPath.child(placed.path(), "resource");
    action(path, r, problems);
    mergeStrategy(path, r, problems);
    manifest(path, r, placed.template(), problems);
    condition(FieldPath.child(path, "successCondition"), r.successCondition(), problems);
    condition(FieldPath.child(path, "failureCondition"), r.failureCondition(), problems);
    if ("delete".equals(r.action())) deleteWaitsForNothing(placed, r, problems);
    outputs(placed, problems);
  }

  private void action(String path, ResourceTemplate r, List<Problem> problems) {
    String at = FieldPath.child(path, "action");
    if (FieldNames.blank(r.action())) {
      problems.add(
          new Problem(at, "required: one of " + String.join(", ", ResourceTemplate.ACTIONS)));
    } else if (!FieldNames.dynamic(r.action()) && !ResourceTemplate.ACTIONS.contains(r.action())) {
      problems.add(
          new Problem(
              at,
              "unknown action \""
                  + r.action()
                  + "\": use one of "
                  + String.join(", ", ResourceTemplate.ACTIONS)));
    }
  }

  private void mergeStrategy(String path, ResourceTemplate r, List<Problem> problems) {
    String strategy = r.mergeStrategy();
    if (strategy == null || FieldNames.dynamic(strategy)) return;
    String at = FieldPath.child(path, "mergeStrategy");
    if (!ResourceTemplate.MERGE_STRATEGIES.contains(strategy)) {
      problems.add(
          new Problem(
              at,
              "unknown merge strategy \""
                  + strategy
                  + "\": use one of "
                  + String.join(", ", ResourceTemplate.MERGE_STRATEGIES)));
    } else if (strategy.equals("json")) {
      problems.add(
          new Problem(
              at,
              "json patches are not supported: wf finds the object to patch in the manifest"
                  + " (not in kubectl flags), and a json patch names none; use merge"));
    }
  }

  private void manifest(String path, ResourceTemplate r, Template t, List<Problem> problems) {
    if (r.manifest() != null && r.manifestFrom() != null) {
      problems.add(
          new Problem(
              FieldPath.child(path, "manifestFrom"),
              "sets both manifest and manifestFrom; set only one"));
    } else if (r.manifestFrom() != null) {
      manifestFrom(FieldPath.child(path, "manifestFrom"), r, t, problems);
    } else if (FieldNames.blank(r.manifest())) {
      String why =
          "get".equals(r.action()) || "delete".equals(r.action())
              ? ": wf reads the object from the manifest, not from kubectl flags"
              : "";
      problems.add(new Problem(FieldPath.child(path, "manifest"), "required" + why));
    } else if (!"json".equals(r.mergeStrategy())) {
      object(FieldPath.child(path, "manifest"), r, problems);
    }
  }

  private void manifestFrom(String path, ResourceTemplate r, Template t, List<Problem> problems) {
    ResourceTemplate.ArtifactName artifact = r.manifestFrom().artifact();
    String at = FieldPath.child(path, "artifact");
    if (artifact == null || FieldNames.blank(artifact.name())) {
      problems.add(new Problem(FieldPath.child(at, "name"), "required"));
      return;
    }
    var inputs = t.inputs().artifacts().stream().map(Artifact::name).toList();
    if (!inputs.contains(artifact.name())) {
      problems.add(
          new Problem(
              FieldPath.child(at, "name"),
              "unknown input artifact \"" + artifact.name() + "\" " + Known.names(inputs)));
    }
  }

  private void object(String path, ResourceTemplate r, List<Problem> problems) {
    try {
      var object = ResourceManifest.read(ResourceManifest.withPlaceholders(r.manifest()));
      if (!object.isObject()) {
        problems.add(new Problem(path, "expected a Kubernetes object (a YAML mapping)"));
        return;
      }
      String missing = ResourceManifest.missing(object, r.action());
      if (!missing.isEmpty() && !FieldNames.dynamic(r.action())) {
        problems.add(new Problem(path, "the object needs " + missing));
      }
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(path, e.getMessage()));
    }
  }

  private void condition(String path, String condition, List<Problem> problems) {
    if (condition == null || FieldNames.dynamic(condition)) return;
    try {
      ResourceCondition.parse(condition);
    } catch (ConditionException e) {
      problems.add(new Problem(path, "invalid condition: " + e.getMessage(), e.offset()));
    }
  }

  private void deleteWaitsForNothing(Placed placed, ResourceTemplate r, List<Problem> problems) {
    String path = FieldPath.child(placed.path(), "resource");
    String why = "not supported for action delete (nothing is left to read)";
    if (r.successCondition() != null)
      problems.add(new Problem(FieldPath.child(path, "successCondition"), why));
    if (r.failureCondition() != null)
      problems.add(new Problem(FieldPath.child(path, "failureCondition"), why));
    if (!placed.template().outputs().parameters().isEmpty()) {
      problems.add(
          new Problem(
              FieldPath.child(FieldPath.child(placed.path(), "outputs"), "parameters"), why));
    }
  }

  private void outputs(Placed placed, List<Problem> problems) {
    var parameters = placed.template().outputs().parameters();
    String base = FieldPath.child(FieldPath.child(placed.path(), "outputs"), "parameters");
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (p.valueFrom() == null) continue;
      String at = FieldPath.child(FieldPath.index(base, i), "valueFrom");
      String jsonPath = p.valueFrom().jsonPath();
      String jq = p.valueFrom().jqFilter();
      if (jsonPath == null && jq == null) {
        problems.add(new Problem(at, "a resource template's output needs jsonPath or jqFilter"));
      }
      if (jsonPath != null && !FieldNames.dynamic(jsonPath)) {
        readable(FieldPath.child(at, "jsonPath"), () -> JsonPathTemplate.parse(jsonPath), problems);
      }
      if (jq != null && !FieldNames.dynamic(jq)) {
        readable(FieldPath.child(at, "jqFilter"), () -> JqPath.parse(jq), problems);
      }
    }
  }

  private void readable(String path, Runnable parse, List<Problem> problems) {
    try {
      parse.run();
    } catch (ConditionException e) {
      problems.add(new Problem(path, e.getMessage(), e.offset()));
    }
  }
}
