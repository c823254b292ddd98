package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.TemplateRef;

/**
 * A place in a spec that runs a template: the entrypoint, an exit handler, a step, a DAG task or a
 * hook. {@code field} is the path of the field that names the template by name ({@code
 * spec.entrypoint}, {@code ...steps[0][1].template}); {@code arguments} is empty where the values
 * come only at run time (e.g. a WorkflowTemplate's entrypoint). {@code loops} names the loop fields
 * set ({@code withItems}, ...); {@code expression} is a hook's condition.
 */
record CallSite(
    Kind kind,
    String name,
    String path,
    String field,
    String template,
    TemplateRef templateRef,
    Template inline,
    Optional<Arguments> arguments,
    List<String> loops,
    String expression) {
  CallSite {
    loops = List.copyOf(loops);
  }

  /** What kind of place calls the template. */
  enum Kind {
    ENTRYPOINT("entrypoint"),
    EXIT_HANDLER("exit handler"),
    STEP("step"),
    TASK("task"),
    HOOK("hook");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** A call site that names its template by one field: entrypoint or onExit. */
  static CallSite named(Kind kind, String field, String template, Optional<Arguments> arguments) {
    return new CallSite(
        kind, template, field, field, template, null, null, arguments, List.of(), null);
  }

  /** The path of a field under the call site, e.g. {@code ...tasks[2].templateRef}. */
  String child(String fieldName) {
    return FieldPath.child(path, fieldName);
  }

  /** True for steps, tasks and hooks, which choose one of template, templateRef and inline. */
  boolean choosesTemplate() {
    return kind == Kind.STEP || kind == Kind.TASK || kind == Kind.HOOK;
  }

  /** Which of {@code template}, {@code templateRef} and {@code inline} are set. */
  List<String> targets() {
    var set = new ArrayList<String>();
    if (!FieldNames.blank(template)) set.add("template");
    if (templateRef != null) set.add("templateRef");
    if (inline != null) set.add("inline");
    return set;
  }

  /** How messages name this call site, e.g. {@code step "build"}. */
  String describe() {
    return kind.label() + (name == null ? "" : " \"" + name + "\"");
  }
}
