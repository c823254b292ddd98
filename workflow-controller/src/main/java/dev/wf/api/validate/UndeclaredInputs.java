package dev.wf.api.validate;

import java.util.List;
import java.util.function.Function;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;

/**
 * A call into a template library passes only inputs that its template declares: an argument
 * parameter or artifact with another name is most likely misspelled, and would be silently ignored
 * when the step runs. Argo itself ignores extra arguments, and its examples pass them both to local
 * templates and to referenced templates that declare no inputs; so only {@code templateRef} calls
 * are checked, and only against a template that declares inputs of that kind (parameters or
 * artifacts).
 */
final class UndeclaredInputs {
  private UndeclaredInputs() {}

  /** Adds a problem at the {@code name} of every argument {@code called} does not declare. */
  static void check(CallSite site, Arguments arguments, Template called, List<Problem> out) {
    if (site.templateRef() == null) return;
    var inputs = called.inputs();
    var base = site.child("arguments");
    check(
        site,
        called,
        FieldPath.child(base, "parameters"),
        "parameter",
        names(arguments.parameters(), Parameter::name),
        names(inputs.parameters(), Parameter::name),
        out);
    check(
        site,
        called,
        FieldPath.child(base, "artifacts"),
        "artifact",
        names(arguments.artifacts(), Artifact::name),
        names(inputs.artifacts(), Artifact::name),
        out);
  }

  private static void check(
      CallSite site,
      Template called,
      String listPath,
      String what,
      List<String> passed,
      List<String> declared,
      List<Problem> out) {
    if (declared.isEmpty()) return;
    for (int i = 0; i < passed.size(); i++) {
      var name = passed.get(i);
      if (FieldNames.blank(name) || FieldNames.dynamic(name) || declared.contains(name)) continue;
      var template =
          called.name() == null ? "its inline template" : "template \"" + called.name() + "\"";
      out.add(
          new Problem(
              FieldPath.child(FieldPath.index(listPath, i), "name"),
              site.describe()
                  + " passes "
                  + what
                  + " \""
                  + name
                  + "\" that "
                  + template
                  + " does not declare "
                  + Known.names("declared", name, declared)));
    }
  }

  private static <T> List<String> names(List<T> items, Function<T, String> name) {
    return items.stream().map(name).toList();
  }
}
