package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.api.validate.CallSite.Kind;
import dev.wf.api.validate.NameRules.Named;
import dev.wf.api.validate.SpecTemplates.Placed;
import dev.wf.api.validate.TemplateResolver.Resolved;

/**
 * Parameters and artifacts: names are required, valid and unique in each list; a value or default
 * of a parameter with an {@code enum} is one of its values; and every call site passes the inputs
 * its template requires (those without value, default or source), as Argo checks at submit time.
 */
final class ParameterChecks implements SpecCheck {
  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    var problems = new ArrayList<Problem>();
    DocumentSpec.of(manifest)
        .ifPresent(
            doc -> {
              var resolver = new TemplateResolver(doc, lookup);
              arguments(doc.field("arguments"), doc.spec().arguments(), problems);
              for (var placed : SpecTemplates.all(doc)) declarations(placed, problems);
              for (var site : CallSites.of(doc)) call(site, resolver, problems);
            });
    return problems;
  }

  private void arguments(String path, Arguments arguments, List<Problem> problems) {
    names(
        FieldPath.child(path, "parameters"),
        "parameter",
        parameterNames(arguments.parameters()),
        problems);
    names(
        FieldPath.child(path, "artifacts"),
        "artifact",
        artifactNames(arguments.artifacts()),
        problems);
    var parameters = arguments.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      var at = FieldPath.index(FieldPath.child(path, "parameters"), i);
      inEnum(FieldPath.child(at, "value"), parameters.get(i), parameters.get(i).value(), problems);
    }
  }

  private void declarations(Placed placed, List<Problem> problems) {
    var t = placed.template();
    var inputs = FieldPath.child(placed.path(), "inputs");
    var outputs = FieldPath.child(placed.path(), "outputs");
    names(
        FieldPath.child(inputs, "parameters"),
        "parameter",
        parameterNames(t.inputs().parameters()),
        problems);
    names(
        FieldPath.child(inputs, "artifacts"),
        "artifact",
        artifactNames(t.inputs().artifacts()),
        problems);
    names(
        FieldPath.child(outputs, "parameters"),
        "parameter",
        parameterNames(t.outputs().parameters()),
        problems);
    names(
        FieldPath.child(outputs, "artifacts"),
        "artifact",
        artifactNames(t.outputs().artifacts()),
        problems);
    var parameters = t.inputs().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      var at = FieldPath.index(FieldPath.child(inputs, "parameters"), i);
      var p = parameters.get(i);
      inEnum(FieldPath.child(at, "value"), p, p.value(), problems);
      inEnum(FieldPath.child(at, "default"), p, p.defaultValue(), problems);
    }
  }

  private void inEnum(String path, Parameter p, String value, List<Problem> problems) {
    if (value == null || p.enumValues().isEmpty() || FieldNames.dynamic(value)) return;
    if (!p.enumValues().contains(value)) {
      problems.add(
          new Problem(
              path,
              "\""
                  + value
                  + "\" is not one of the values of enum: "
                  + String.join(", ", p.enumValues())));
    }
  }

  private void call(CallSite site, TemplateResolver resolver, List<Problem> problems) {
    if (site.arguments().isEmpty()) return;
    var arguments = site.arguments().get();
    if (site.choosesTemplate()) arguments(site.child("arguments"), arguments, problems);
    // A call site that names several templates is reported as such; which one runs is unclear.
    if (site.targets().size() > 1) return;
    if (!(resolver.resolve(site) instanceof Resolved resolved)) return;
    if (site.choosesTemplate()) {
      UndeclaredInputs.check(site, arguments, resolved.template(), problems);
    }
    var given = passed(site, arguments, resolver);
    for (var name : required(resolved.template())) {
      if (!given.contains(name)) {
        problems.add(new Problem(site.path(), missing(site, resolved.template(), name)));
      }
    }
  }

  private static Set<String> passed(CallSite site, Arguments arguments, TemplateResolver resolver) {
    var given = new LinkedHashSet<String>();
    arguments.parameters().forEach(p -> given.add("parameter \"" + p.name() + "\""));
    arguments.artifacts().forEach(a -> given.add("artifact \"" + a.name() + "\""));
    if (site.kind() == Kind.ENTRYPOINT || site.kind() == Kind.EXIT_HANDLER) {
      resolver
          .referenced()
          .ifPresent(
              t -> {
                t.spec()
                    .arguments()
                    .parameters()
                    .forEach(p -> given.add("parameter \"" + p.name() + "\""));
                t.spec()
                    .arguments()
                    .artifacts()
                    .forEach(a -> given.add("artifact \"" + a.name() + "\""));
              });
    }
    return given;
  }

  /** Inputs without a value of their own, named as messages show them. */
  private static List<String> required(Template template) {
    var required = new ArrayList<String>();
    for (var p : template.inputs().parameters()) {
      if (p.value() == null && p.defaultValue() == null && p.valueFrom() == null) {
        required.add("parameter \"" + p.name() + "\"");
      }
    }
    for (var a : template.inputs().artifacts()) {
      if (!Boolean.TRUE.equals(a.optional()) && !hasSource(a)) {
        required.add("artifact \"" + a.name() + "\"");
      }
    }
    return required;
  }

  private static boolean hasSource(Artifact a) {
    return a.from() != null
        || a.fromExpression() != null
        || a.raw() != null
        || a.s3() != null
        || a.http() != null
        || a.git() != null
        || a.gcs() != null
        || a.oss() != null
        || a.hdfs() != null
        || a.azure() != null
        || a.artifactory() != null
        || a.plugin() != null;
  }

  private static String missing(CallSite site, Template template, String input) {
    var where =
        site.kind() == Kind.ENTRYPOINT || site.kind() == Kind.EXIT_HANDLER
            ? "spec.arguments"
            : "its arguments";
    var name = template.name() == null ? "inline template" : "template \"" + template.name() + "\"";
    return site.describe()
        + " does not pass input "
        + input
        + " that "
        + name
        + " requires; set it in "
        + where;
  }

  private static List<String> parameterNames(List<Parameter> parameters) {
    return parameters.stream().map(Parameter::name).toList();
  }

  private static List<String> artifactNames(List<Artifact> artifacts) {
    return artifacts.stream().map(Artifact::name).toList();
  }

  private void names(String listPath, String what, List<String> names, List<Problem> problems) {
    var placed = new ArrayList<Named>();
    for (int i = 0; i < names.size(); i++) {
      placed.add(new Named(FieldPath.child(FieldPath.index(listPath, i), "name"), names.get(i)));
    }
    NameRules.check(placed, what, FieldNames::invalidParameter, problems);
  }
}
