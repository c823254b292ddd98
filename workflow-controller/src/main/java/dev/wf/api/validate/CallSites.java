package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.LifecycleHook;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowStep;
import dev.wf.api.validate.CallSite.Kind;

/**
 * Finds every call site of a spec, in document order: entrypoint, exit handler and hooks of the
 * spec, then the steps, tasks, their hooks and exit handlers in every template, inline templates
 * included.
 */
final class CallSites {
  private final List<CallSite> sites = new ArrayList<>();

  private CallSites() {}

  static List<CallSite> of(DocumentSpec doc) {
    var found = new CallSites();
    var spec = doc.spec();
    var arguments = doc.runnable() ? Optional.of(spec.arguments()) : Optional.<Arguments>empty();
    if (!FieldNames.blank(spec.entrypoint())) {
      found.sites.add(
          CallSite.named(Kind.ENTRYPOINT, doc.field("entrypoint"), spec.entrypoint(), arguments));
    }
    if (!FieldNames.blank(spec.onExit())) {
      found.sites.add(
          CallSite.named(Kind.EXIT_HANDLER, doc.field("onExit"), spec.onExit(), arguments));
    }
    found.hooks(doc.field("hooks"), spec.hooks());
    var templates = spec.templates();
    for (int i = 0; i < templates.size(); i++) found.template(doc.template(i), templates.get(i));
    return List.copyOf(found.sites);
  }

  /** The call sites inside one template (its steps or tasks), inline templates included. */
  static List<CallSite> in(String path, Template template) {
    var found = new CallSites();
    found.template(path, template);
    return List.copyOf(found.sites);
  }

  private void template(String path, Template template) {
    var groups = template.steps();
    for (int g = 0; g < groups.size(); g++) {
      var group = groups.get(g);
      for (int s = 0; s < group.size(); s++) {
        step(FieldPath.index(FieldPath.index(FieldPath.child(path, "steps"), g), s), group.get(s));
      }
    }
    if (template.dag() != null) {
      var tasks = template.dag().tasks();
      var tasksPath = FieldPath.child(FieldPath.child(path, "dag"), "tasks");
      for (int t = 0; t < tasks.size(); t++) task(FieldPath.index(tasksPath, t), tasks.get(t));
    }
  }

  private void step(String path, WorkflowStep step) {
    var loops = loops(!step.withItems().isEmpty(), step.withParam(), step.withSequence());
    var site =
        new CallSite(
            Kind.STEP,
            step.name(),
            path,
            FieldPath.child(path, "template"),
            step.template(),
            step.templateRef(),
            step.inline(),
            Optional.of(step.arguments()),
            loops,
            null);
    add(site, step.onExit(), step.hooks());
  }

  private void task(String path, DagTask task) {
    var loops = loops(!task.withItems().isEmpty(), task.withParam(), task.withSequence());
    var site =
        new CallSite(
            Kind.TASK,
            task.name(),
            path,
            FieldPath.child(path, "template"),
            task.template(),
            task.templateRef(),
            task.inline(),
            Optional.of(task.arguments()),
            loops,
            null);
    add(site, task.onExit(), task.hooks());
  }

  private static List<String> loops(boolean withItems, String withParam, Object withSequence) {
    var loops = new ArrayList<String>();
    if (withItems) loops.add("withItems");
    if (withParam != null) loops.add("withParam");
    if (withSequence != null) loops.add("withSequence");
    return loops;
  }

  private void add(CallSite site, String onExit, Map<String, LifecycleHook> hooks) {
    sites.add(site);
    if (site.inline() != null) template(site.child("inline"), site.inline());
    if (!FieldNames.blank(onExit)) {
      sites.add(CallSite.named(Kind.EXIT_HANDLER, site.child("onExit"), onExit, Optional.empty()));
    }
    hooks(site.child("hooks"), hooks);
  }

  private void hooks(String path, Map<String, LifecycleHook> hooks) {
    hooks.forEach(
        (name, hook) -> {
          var hookPath = FieldPath.child(path, name);
          sites.add(
              new CallSite(
                  Kind.HOOK,
                  name,
                  hookPath,
                  FieldPath.child(hookPath, "template"),
                  hook.template(),
                  hook.templateRef(),
                  null,
                  Optional.of(hook.arguments()),
                  List.of(),
                  hook.expression()));
        });
  }
}
